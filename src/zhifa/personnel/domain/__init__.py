"""Pure rules about enforcement personnel and their certificates (no database)."""
