"""``python -m attribution`` runs the command line."""

from attribution.cli import main

raise SystemExit(main())
