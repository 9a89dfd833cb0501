"""The `tracker` console command: a thin layer over the library.

Each submodule registers its subcommands; the CLI only parses arguments, calls the
library and turns errors into one-line messages."""

from __future__ import annotations

import argparse
import importlib
import sys

# Submodules that define `register(subparsers)`; each owns its subcommands.
COMMAND_MODULES = ("tracker.cli.models", "tracker.cli.extract", "tracker.cli.store")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tracker", description="Who said what, when and where.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:  # a stage not built yet must not break the others
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("tracker: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
