"""Benchmarks of kg at archive scale, run as modules from the repository root:
`python -m benchmarks.run` (make bench), `python -m benchmarks.extraction`,
`python -m benchmarks.synth --articles N --seed S --out DIR`."""
