"""Workbench pages of discretion benchmarks, one module per topic: ``benchmarks`` (list, detail, actions, the
filing queue, the 三张清单), ``editor`` (drafting the table), ``calculator``; ``support`` holds what they share."""
