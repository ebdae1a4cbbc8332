"""The error responses every API route documents in OpenAPI (422 bad input, 503 data missing).

Layer: interfaces.
"""

from typing import Any

ERR: dict[int | str, dict[str, Any]] = {
    422: {
        "description": 'Bad input: `{"detail": "one line naming the field", "text": "the same line in the language of '
        "?lang=, else the server's --lang, else Accept-Language\"}`"
    },
    503: {"description": "The bundled border data is not installed"},
}
