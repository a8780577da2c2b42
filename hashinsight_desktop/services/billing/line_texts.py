"""What an invoice's lines say, as texts (template + figures): English by ``str()``, stored beside that English in
the invoice's document (services.stored_text) and rendered in the customer's language on the PDF, in the console's
on screen. Whole sentences per case, so a translator sees each one entire; an optional clause is a text of its own,
"" when absent. Figures are passed as the exact decimal strings the bill shows."""

from __future__ import annotations

from decimal import Decimal

from hashinsight_desktop.services.billing.contract_terms import CreditTier
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

# The contract's gap policy, as a line names it (the contract file's word: zero, last, nameplate).
GAP_POLICIES = {
    "zero": QT_TRANSLATE_NOOP("InvoiceLines", "zero"),
    "last": QT_TRANSLATE_NOOP("InvoiceLines", "last"),
    "nameplate": QT_TRANSLATE_NOOP("InvoiceLines", "nameplate"),
}


def fixed_text(period: str) -> Text:
    return Text(QT_TRANSLATE_NOOP("InvoiceLines", "Fixed monthly amount, {period}"), period=period)


def fee_text(count: int, fee_usd: Decimal, period: str) -> Text:
    return Text(
        QT_TRANSLATE_NOOP("InvoiceLines", "Hosting fee: {count} miner(s) × {fee} USD for {period}"),
        count=count,
        fee=f"{fee_usd}",
        period=period,
    )


def credit_text(uptime_pct: str, promised_pct: Decimal, tier: CreditTier | None, subtotal: Decimal) -> Text:
    said = {"uptime": uptime_pct, "promised": f"{promised_pct}"}
    if tier is None:
        template = QT_TRANSLATE_NOOP(
            "InvoiceLines", "SLA credit: uptime {uptime} % (promised {promised} %) is below no credit tier"
        )
        return Text(template, **said)
    if tier.credit_pct > 100:
        template = QT_TRANSLATE_NOOP(
            "InvoiceLines",
            "SLA credit: uptime {uptime} % (promised {promised} %) is below {below} %: {credit} % of the subtotal "
            "{subtotal} USD (at most the subtotal)",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "InvoiceLines",
            "SLA credit: uptime {uptime} % (promised {promised} %) is below {below} %: {credit} % of the subtotal "
            "{subtotal} USD",
        )
    return Text(template, **said, below=f"{tier.below_pct}", credit=f"{tier.credit_pct}", subtotal=f"{subtotal}")


def energy_text(
    basis: str,
    miner_id: str,
    kwh: str,
    *,
    gap_kwh: str | None,
    gap_policy: str,
    nameplate_w: Decimal,
    rate_usd_per_kwh: Decimal,
    overhead_pct: Decimal,
) -> Text:
    """A miner's energy line: ``gap_kwh`` None when no energy was billed for gaps."""
    gaps: Text | str = ""
    if gap_kwh is not None:
        gaps = Text(
            QT_TRANSLATE_NOOP("InvoiceLines", " (of which {gap_kwh} kWh for gaps, gap policy {policy})"),
            gap_kwh=gap_kwh,
            policy=GAP_POLICIES.get(gap_policy, gap_policy),
        )
    said: dict[str, object] = {"miner": miner_id, "kwh": kwh, "gaps": gaps}
    if basis == "fixed":
        template = QT_TRANSLATE_NOOP(
            "InvoiceLines", "Energy {miner}: {kwh} kWh{gaps}: included in the fixed monthly amount"
        )
        return Text(template, **said)
    overhead: Text | str = ""
    if overhead_pct:
        overhead = Text(QT_TRANSLATE_NOOP("InvoiceLines", " + {overhead} % overhead"), overhead=f"{overhead_pct}")
    said |= {"rate": f"{rate_usd_per_kwh}", "overhead": overhead}
    if basis == "spec":
        template = QT_TRANSLATE_NOOP(
            "InvoiceLines",
            "Energy {miner}: {kwh} kWh{gaps} (nameplate {watts} W × hashing time) × {rate} USD/kWh{overhead}",
        )
        return Text(template, watts=f"{nameplate_w}", **said)
    return Text(QT_TRANSLATE_NOOP("InvoiceLines", "Energy {miner}: {kwh} kWh{gaps} × {rate} USD/kWh{overhead}"), **said)
