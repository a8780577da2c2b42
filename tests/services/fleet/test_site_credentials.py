"""Setting a site's miner login: in the keyring, audited without the password, scoped like fleet control."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import AuditRecord
from hashinsight_desktop.services.devices import Credentials, CredentialStore, Family
from hashinsight_desktop.services.errors import PermissionDenied, ValidationError
from hashinsight_desktop.services.fleet.site_credentials import set_site_credentials
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people


def test_stored_in_the_keyring_and_audited_without_the_password(session_factory, secrets: SecretStore) -> None:  # type: ignore[no-untyped-def]
    people = make_people(session_factory)
    store = CredentialStore(secrets)
    with unit_of_work(session_factory) as session:
        said = set_site_credentials(session, people.site_manager, store, people.site_id, Credentials("root", "hunter2"))
        assert said == "user root"
        set_site_credentials(
            session, people.owner, store, people.site_id, None, model="Antminer S21", factory_defaults=True
        )
        with pytest.raises(PermissionDenied):
            set_site_credentials(session, people.site_manager, store, people.other_site_id, Credentials("a", "b"))
        with pytest.raises(ValidationError, match="factory defaults"):
            set_site_credentials(session, people.owner, store, people.site_id, None)
    assert store.for_miner(people.site_id, Family.ANTMINER) == Credentials("root", "hunter2")  # type: ignore[arg-type]
    assert store.for_miner(people.site_id, Family.ANTMINER, model="Antminer S21") == Credentials("root", "root")  # type: ignore[arg-type]
    with session_factory() as session:
        records = session.scalars(select(AuditRecord).where(AuditRecord.action == "site.miner_credentials")).all()
        assert len(records) == 2
        assert all("hunter2" not in r.summary for r in records)
