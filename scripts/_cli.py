"""The last line of defence of every script's ``main``: one ``error:`` line, never a traceback.

Each script turns the failures it expects into its own one-line message. Anything else (a
bug, a library that crashes on odd input, the interpreter running out of stack or memory)
reaches ``run_guarded``, which prints the exception type and message on one line and exits
non-zero. Developers get the full traceback with ``--debug`` or ``GETSOCIAL_DEBUG=1``.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable

DEBUG_ENV_VAR = "GETSOCIAL_DEBUG"
EXIT_INTERRUPTED = 130
MAX_MESSAGE_CHARS = 300


def debug_requested(flag: bool = False) -> bool:
    """True when ``--debug`` was given or ``GETSOCIAL_DEBUG`` is set to anything but 0."""
    return flag or os.environ.get(DEBUG_ENV_VAR, "") not in ("", "0")


def run_guarded(body: Callable[[], int], *, debug: bool = False, exit_status: int = 1) -> int:
    """Return ``body()``; an unexpected exception becomes one line and ``exit_status``."""
    try:
        return body()
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # the guard exists to catch what nothing else did
        if debug_requested(debug):
            traceback.print_exc()
        message = " ".join(str(error).split())
        if len(message) > MAX_MESSAGE_CHARS:
            message = message[: MAX_MESSAGE_CHARS - 3] + "..."
        hint = "" if debug_requested(debug) else f" (--debug or {DEBUG_ENV_VAR}=1 for a traceback)"
        print(
            f"error: unexpected {type(error).__name__}: {message or 'no message'}{hint}",
            file=sys.stderr,
        )
        return exit_status
