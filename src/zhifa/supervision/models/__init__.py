from .complaints import Complaint

__all__ = ["Complaint"]
