"""A hosting contract, new or edited, through services.billing.contracts: the miners are chosen from the customer's
own miners, each with optional from/to dates. An edit saves a new version (drafted and issued invoices keep naming
theirs); a refusal is shown under the field it names."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget
from sqlalchemy.orm import Session

from hashinsight_desktop.services import sites
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.billing import contracts
from hashinsight_desktop.services.crm import assets, customers
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import Text
from hashinsight_desktop.services.validation import also_wrong
from hashinsight_desktop.ui.crm.crm_dialogs import CrmFormDialog
from hashinsight_desktop.ui.crm.form_fields import choose, parse_date

MINER_COLUMNS = 3  # name (ticked when on the contract), from, to


def tiers_text(tiers: list[dict[str, Any]]) -> str:
    return ", ".join(f"{t['below_pct']}:{t['credit_pct']}" for t in tiers)


def parse_tiers(text: str) -> list[dict[str, str]]:
    """'99:5, 90:10' → below 99 % uptime 5 % credit, below 90 % 10 %."""
    tiers = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        below, sep, credit = part.partition(":")
        if not sep:
            raise ValidationError(
                "sla_credit_tiers",
                QCoreApplication.translate("BillingContractForm", "{part} is not BELOW:CREDIT (e.g. 99:5)").format(
                    part=repr(part)
                ),
            )
        tiers.append({"below_pct": below.strip(), "credit_pct": credit.strip()})
    return tiers


class ContractDialog(CrmFormDialog):
    def __init__(
        self, context: AppContext, principal: Principal, parent: QWidget | None = None, view: Any = None
    ) -> None:
        super().__init__(context, principal, "", parent)
        self.view = view
        self.version_note = QLabel()
        version = view.version if view else None
        terms: dict[str, Any] = dict(version.terms) if version else {}
        if view is None:
            self.setWindowTitle(self.tr("New contract"))
        else:
            self.setWindowTitle(self.tr("Edit contract %1").replace("%1", view.contract.reference))
            note = self.version_note
            note.setText(
                self.tr(
                    "Saving makes version %1 of this contract. Invoices already drafted or issued keep version %2; "
                    "drafts made from now on use the new one. Reminder steps stay as they are."
                )
                .replace("%1", str(view.contract.current_version + 1))
                .replace("%2", str(version.number))
            )
            note.setWordWrap(True)
            self.form.addRow(note)
        self.reference = self.add_text_field(
            "reference", self.tr("Reference"), view.contract.reference if view else "", self.tr("e.g. C-ACME-1"), 64
        )
        self.reference.setReadOnly(view is not None)
        self.customer = QComboBox()
        self.site = QComboBox()
        for row in self.read(self.tr("customers"), lambda s: customers.list_customers(s, principal)) or []:
            self.customer.addItem(row.name, row.id)
        for site in self.read(self.tr("sites"), lambda s: sites.list_sites(s, principal)) or []:
            self.site.addItem(site.name, site.id)
        choose(self.customer, view.contract.customer_id if view else None)
        choose(self.site, view.contract.site_id if view else None)
        self.customer.setEnabled(view is None)
        self.site.setEnabled(view is None)
        self.add_field("customer", self.tr("Customer"), self.customer)
        self.add_field("site", self.tr("Site"), self.site)
        bases = {
            "metered": self.tr("metered (energy from measured power)"),
            "spec": self.tr("spec (nameplate W × operational time)"),
            "fixed": self.tr("fixed (monthly amount)"),
        }
        self.basis = self._combo("basis", self.tr("Billing basis"), bases, terms.get("basis", "metered"))
        self.rate = self._text("rate_usd_per_kwh", self.tr("Rate (USD/kWh)"), terms, "0.05")
        self.overhead = self._text("overhead_pct", self.tr("Overhead (%)"), terms, "0")
        self.fee = self._text("fee_usd_per_miner_month", self.tr("Hosting fee (USD per miner per month)"), terms, "0")
        self.fixed = self._text("fixed_usd_month", self.tr("Fixed amount (USD per month, basis fixed)"), terms, "")
        self.sla = self._text("sla_uptime_pct", self.tr("SLA uptime promised (%)"), terms, "99")
        self.tiers = self.add_text_field(
            "sla_credit_tiers",
            self.tr("SLA credit tiers"),
            tiers_text(terms.get("sla_credit_tiers", [])),
            self.tr("BELOW:CREDIT, e.g. 99:5, 90:10"),
            hint=self.tr(
                "Below 99 % uptime 5 % of the subtotal is credited, below 90 % 10 %: the deepest tier counts."
            ),
        )
        self.curtailed = QCheckBox(self.tr("Curtailed time counts as uptime"))
        self.curtailed.setChecked(bool(terms.get("curtailed_counts_as_uptime", False)))
        self.add_field("curtailed_counts_as_uptime", self.tr("Curtailment"), self.curtailed)
        gaps = {
            "zero": self.tr("zero (a gap bills nothing)"),
            "last": self.tr("last (the last measured power holds)"),
            "nameplate": self.tr("nameplate (the model's nameplate W)"),
        }
        self.gap = self._combo("gap_policy", self.tr("Gap policy"), gaps, terms.get("gap_policy", "zero"))
        self.deposit = self.add_text_field(
            "deposit_usd", self.tr("Deposit (USD)"), str(version.deposit_usd) if version else "0", ""
        )
        modes = {"arrears": self.tr("in arrears"), "prepaid": self.tr("prepaid")}
        self.mode = self._combo("billing_mode", self.tr("Billing"), modes, version.billing_mode if version else "")
        self.terms_days = self.add_text_field(
            "payment_terms_days",
            self.tr("Payment terms (days)"),
            str(version.payment_terms_days) if version else "30",
            "",
        )
        self.start = self.add_text_field(
            "start", self.tr("Starts"), str(version.starts_on) if version else "", self.tr("YYYY-MM-DD")
        )
        self.end = self.add_text_field(
            "end", self.tr("Ends"), str(version.ends_on or "") if version else "", self.tr("YYYY-MM-DD, empty: open")
        )
        self.miners = QTableWidget(0, MINER_COLUMNS)
        self.miners.setObjectName("contractMiners")
        self.miners.setHorizontalHeaderLabels([self.tr("Miner"), self.tr("From"), self.tr("To")])
        self.miners.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.miners.setMinimumHeight(180)
        self.add_field(
            "miners",
            self.tr("Miners"),
            self.miners,
            self.tr("Tick the customer's miners on the contract; From/To (YYYY-MM-DD) when they join or leave."),
        )
        self.listed = {str(m["miner_id"]): m for m in terms.get("miners", [])}
        self.customer.currentIndexChanged.connect(self.fill_miners)
        self.fill_miners()
        self.resize(720, 860)

    def _text(self, name: str, label: str, terms: dict[str, Any], default: str) -> Any:
        return self.add_text_field(name, label, str(terms.get(name, default)), "")

    def _combo(self, name: str, label: str, choices: dict[str, str], chosen: str) -> QComboBox:
        """``choices``: the service's value → its translated label."""
        combo = QComboBox()
        for value, text in choices.items():
            combo.addItem(text, value)
        choose(combo, chosen)
        self.add_field(name, label, combo)
        return combo

    def fill_miners(self) -> None:
        customer_id = self.customer.currentData()
        found = (
            self.read(
                self.tr("miners"),
                lambda s: assets.list_customer_miners(s, self.principal, customer_id=customer_id, limit=2000),
            )
            if customer_id is not None
            else []
        )
        self.miners.setRowCount(0)
        for miner in found or []:
            listed = self.listed.get(str(miner.id))
            row = self.miners.rowCount()
            self.miners.insertRow(row)
            name = QTableWidgetItem(miner.name)
            name.setData(Qt.ItemDataRole.UserRole, miner.id)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            name.setCheckState(Qt.CheckState.Checked if listed else Qt.CheckState.Unchecked)
            self.miners.setItem(row, 0, name)
            self.miners.setItem(row, 1, QTableWidgetItem(str((listed or {}).get("from", ""))))
            self.miners.setItem(row, 2, QTableWidgetItem(str((listed or {}).get("to", ""))))

    def ticked_rows(self) -> list[int]:
        """The table's rows on the contract, in order: the service's ``miners[i]`` is the i-th of them."""
        rows = range(self.miners.rowCount())
        return [row for row in rows if self.miners.item(row, 0).checkState() == Qt.CheckState.Checked]

    def chosen_miners(self) -> list[dict[str, Any]]:
        """The ticked miners with their dates; a bad date refused naming its row and column, all bad ones at once."""
        chosen, problems = [], []
        for index, row in enumerate(self.ticked_rows()):
            miner_id: uuid.UUID = self.miners.item(row, 0).data(Qt.ItemDataRole.UserRole)
            entry = {k: v for k, v in self.listed.get(str(miner_id), {}).items() if k == "nameplate_w"}
            entry["miner_id"] = str(miner_id)
            for column, key in ((1, "from"), (2, "to")):
                field = f"miners[{index}].{key}"
                try:
                    moment = parse_date(field, self.miners.item(row, column).text())
                except ValidationError as exc:
                    problems.append((field, exc.message_text))
                    continue
                if moment is not None:
                    entry[key] = moment.isoformat()
            chosen.append(entry)
        if problems:
            (field, message), *rest = problems
            raise ValidationError(field, also_wrong(message, rest))
        return chosen

    def miner_labels(self) -> dict[str, str]:
        """What a message calls each ticked miner's fields: its row in the table ("Miners, row 2 (r2), From")."""
        labels = {}
        for index, row in enumerate(self.ticked_rows()):
            miner = self.tr("Miners, row {row} ({miner})").format(row=row + 1, miner=self.miners.item(row, 0).text())
            for key in ("", ".miner_id", ".nameplate_w"):  # the message says what is wrong with the miner
                labels[f"miners[{index}]{key}"] = miner
            for key, column in (("from", self.tr("From")), ("to", self.tr("To"))):
                labels[f"miners[{index}].{key}"] = self.tr("{row}, {column}").format(row=miner, column=column)
        return labels

    def entity(self) -> str:
        return "contract"

    def labels(self) -> dict[str, str | Text]:
        """The credit tiers typed as BELOW:CREDIT are a list to the service (sla_credit_tiers[0].credit_pct): each
        named as the user wrote it, by its place in the row."""
        labels = super().labels() | self.miner_labels()
        for index in range(len(self.tiers.text().split(","))):
            tier = self.tr("SLA credit tier {n}").format(n=index + 1)
            labels[f"sla_credit_tiers[{index}]"] = tier
            labels[f"sla_credit_tiers[{index}].below_pct"] = self.tr("{tier}, BELOW").format(tier=tier)
            labels[f"sla_credit_tiers[{index}].credit_pct"] = self.tr("{tier}, CREDIT").format(tier=tier)
        return labels

    def show_field_error(self, field: str, message: str, label: str | Text | None = None) -> None:
        """The service names a miner by its place in the list (miners[2].miner_id): it belongs under Miners, named
        by its row."""
        if field.startswith("miners["):
            super().show_field_error("miners", message, self.miner_labels().get(field, label))
        else:
            super().show_field_error(field, message, label)

    def save(self, session: Session) -> None:
        terms: dict[str, Any] = {
            "basis": self.basis.currentData(),
            "rate_usd_per_kwh": self.rate.text().strip(),
            "overhead_pct": self.overhead.text().strip() or "0",
            "fee_usd_per_miner_month": self.fee.text().strip() or "0",
            "sla_uptime_pct": self.sla.text().strip(),
            "sla_credit_tiers": parse_tiers(self.tiers.text()),
            "curtailed_counts_as_uptime": self.curtailed.isChecked(),
            "gap_policy": self.gap.currentData(),
            "miners": self.chosen_miners(),
        }
        if self.fixed.text().strip():
            terms["fixed_usd_month"] = self.fixed.text().strip()
        days = self.terms_days.text().strip()
        if not days.isdigit():
            raise ValidationError(
                "payment_terms_days",
                QCoreApplication.translate("BillingContractForm", "{days} is not a whole number of days").format(
                    days=repr(days)
                ),
            )
        details = contracts.read_details(
            {
                "deposit_usd": self.deposit.text().strip() or "0",
                "billing_mode": self.mode.currentData(),
                "payment_terms_days": int(days),
                "reminders": list(self.view.version.reminders) if self.view else [],
                "start": self.start.text().strip(),
                "end": self.end.text().strip(),
                "note": self.view.version.note if self.view else "",
            }
        )
        if self.view is None:
            if self.customer.currentData() is None:
                raise ValidationError("customer", self.tr("choose the customer"))
            if self.site.currentData() is None:
                raise ValidationError("site", self.tr("choose the site"))
            saved = contracts.add_contract(
                session,
                self.principal,
                reference=self.reference.text(),
                customer_id=self.customer.currentData(),
                site_id=self.site.currentData(),
                terms=terms,
                details=details,
                clock=self.context.clock,
            )
        else:
            saved = contracts.edit_contract(
                session,
                self.principal,
                self.view.contract.id,
                expected_version=self.view.contract.version,
                terms=terms,
                details=details,
                clock=self.context.clock,
            )
        self.saved_id = saved.contract.id
