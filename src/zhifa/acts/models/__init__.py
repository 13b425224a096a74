"""Models of the acts app."""
