"""Models of the coercion app."""
