"""Step listeners (``core.hooks``): a decision creates its publication, a correction updates it, a revocation
withdraws it — in the step's own transaction (see ``core.hooks`` for why this is not a signal)."""

from zhifa.core.hooks import on_step

from . import services, sources


@on_step
def sync_publication(procedure_code: str, action: str, obj, row) -> None:
    kind = sources.TRIGGERS.get((procedure_code, action))
    if kind is None:
        return
    source_id = sources.source_id_of(kind, obj)
    if sources.publishable(kind, source_id):
        services.publication_sync(draft=sources.draft_for(kind, source_id))
