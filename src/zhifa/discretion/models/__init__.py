from .benchmarks import Benchmark, BenchmarkEvent, BenchmarkTier
from .history import PartyViolation

__all__ = ["Benchmark", "BenchmarkEvent", "BenchmarkTier", "PartyViolation"]
