"""`python -m benchmarks.synth --articles N --seed S --out DIR` (see benchmarks.synth.pages)."""

import sys

from .pages import main

sys.exit(main())
