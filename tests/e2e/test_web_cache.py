"""A repeated estimate is answered from the cache before it waits for a worker slot."""

from __future__ import annotations

from fastapi.testclient import TestClient

from minebelt.web.app import create_app

BODY = {
    "name": "cached",
    "defaults": {"depth_km": 2.0, "density": 6000},
    "sections": [{"name": "a", "country": "POL", "border": "BLR", "length_km": 100}],
}


def test_repeated_estimate_is_served_without_a_worker_slot() -> None:
    app = create_app()
    with TestClient(app) as client:
        first = client.post("/api/estimate?belts=false", json=BODY)
        assert first.status_code == 200
        limiter = app.state.work_limiter
        before = limiter.cache_hits
        again = client.post("/api/estimate?belts=false", json=BODY)
        assert again.status_code == 200 and again.content == first.content
        assert limiter.cache_hits == before + 1
        # another query (belts) is another answer: computed, not served from the cache
        other = client.post("/api/estimate", json=BODY)
        assert other.status_code == 200 and limiter.cache_hits == before + 1


def test_a_request_the_router_refuses_is_not_answered_from_the_cache() -> None:
    app = create_app()
    with TestClient(app) as client:
        assert client.post("/api/estimate", json=BODY).status_code == 200
        bad = client.post("/api/estimate?samples=0", json=BODY)
        assert bad.status_code == 422
