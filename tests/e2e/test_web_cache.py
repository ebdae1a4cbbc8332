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


def test_a_cached_answer_in_another_language_does_not_wait_for_a_worker() -> None:
    """The page after a language change asks for the same scenario in the reader's language:
    with every worker slot taken (a computation running) it is answered from the English
    document, its cards in that language, while a new scenario is refused as busy."""
    app = create_app()
    with TestClient(app, base_url="http://127.0.0.1") as client:
        english = client.post("/api/estimate?belts=false&lang=en", json=BODY)
        assert english.status_code == 200 and english.json()["text"]["lang"] == "en"
        limiter = app.state.work_limiter
        sem = limiter._sem
        taken = 0
        while sem.value:  # every slot held, as by computations in progress
            sem.acquire_nowait()
            taken += 1
        limiter.queue_max = 0
        try:
            before = limiter.cache_hits
            uk = client.post("/api/estimate?belts=false&lang=uk", json=BODY)
            assert uk.status_code == 200 and limiter.cache_hits == before + 1
            doc = uk.json()
            assert doc["text"]["lang"] == "uk" and doc["totals"] == english.json()["totals"]
            assert client.post("/api/estimate?belts=false&lang=uk", json=BODY).content == uk.content
            # the English document of another query, or another scenario, is not cached: busy
            assert client.post("/api/estimate?lang=uk", json=BODY).status_code == 503
            other = {**BODY, "defaults": {"depth_km": 3.0, "density": 6000}}
            assert client.post("/api/estimate?belts=false&lang=uk", json=other).status_code == 503
            # a language minebelt has not is the router's to refuse, never answered from the cache
            assert client.post("/api/estimate?belts=false&lang=de", json=BODY).status_code == 503
        finally:
            for _ in range(taken):
                sem.release()
        assert client.post("/api/estimate?belts=false&lang=de", json=BODY).status_code == 422
