"""Performance tooling: a synthetic corpus generator, the scaling benchmark and a browser load test."""
