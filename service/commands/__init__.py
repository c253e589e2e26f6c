"""One module per ``jobmatch`` sub-command; each exposes ``register(subparsers)``.

``register`` adds the sub-parser and sets ``func`` to a function ``(args) -> int``
that returns the process exit code.
"""

#: Modules of ``service.commands`` that ``jobmatch`` loads, in help order.
COMMAND_MODULES = (
    "recommend",
    "fairs",
    "check_jobs",
    "policies",
    "profile",
    "guidance",
    "serve",
    "users",
    "follow_ups",
    "train",
    "evaluate",
)
