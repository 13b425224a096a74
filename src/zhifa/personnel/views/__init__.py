"""Workbench pages of the personnel app, one module per topic: ``people``, ``certificates``,
``qualification`` (training, exams, assessments); ``support`` holds the display helpers they share."""
