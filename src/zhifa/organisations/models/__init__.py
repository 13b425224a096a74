from .entrustments import Entrustment
from .organisations import Organisation, OrganisationAnnouncement

__all__ = ["Entrustment", "Organisation", "OrganisationAnnouncement"]
