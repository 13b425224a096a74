"""Workbench pages of the acts app (其他执法行为（征收、征用、确认、给付、奖励、裁决）)."""

app_name = "acts"
urlpatterns: list = []
