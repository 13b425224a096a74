"""API of the acts app (其他执法行为（征收、征用、确认、给付、奖励、裁决）)."""

from ninja import Router

router = Router(tags=["其他执法行为（征收、征用、确认、给付、奖励、裁决）"])
