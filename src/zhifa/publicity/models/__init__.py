from .publications import FeedEntry, FeedHead, Publication, PublicationEvent, PublicationVersion
from .reports import ErrorReport

__all__ = ["ErrorReport", "FeedEntry", "FeedHead", "Publication", "PublicationEvent", "PublicationVersion"]
