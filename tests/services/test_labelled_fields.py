"""A bad field is named as the user sees it: `labelled` gives a ValidationError the form's label (or the option
typed), said in the reader's language, while the field a form finds its row by stays; an all-at-once message's
other fields are renamed too; the field and its message are joined with the reader's punctuation."""

from __future__ import annotations

import pickle

import pytest

from hashinsight_desktop.commands.option_names import options_named
from hashinsight_desktop.services.billing.contract_terms import parse_contract
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.table_file import BadCells
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, render_error
from hashinsight_desktop.services.validation import also_wrong, labelled

LABEL = QT_TRANSLATE_NOOP("ScenarioForm", "Hashrate (TH/s)")
CHINESE = {
    ("ScenarioForm", "Hashrate (TH/s)"): "算力 (TH/s)",
    ("Errors", "a number is required"): "请填写数字",
    ("Errors", "{field}: {message}"): "{field}：{message}",
    ("Errors", "; "): "；",
    ("Errors", "{n_found} bad field(s): {value}"): "{n_found} 个字段有误：{value}",
    ("Errors", "{value!r} is not a number"): "{value!r} 不是数字",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), "")


def test_the_label_is_named_in_the_readers_language_and_the_field_kept() -> None:
    with pytest.raises(ValidationError) as refused, labelled({"hashrate_ths": LABEL}):
        CalculatorInputs.parse({})
    assert refused.value.field == "hashrate_ths"  # a form still finds its row
    assert str(refused.value) == "Hashrate (TH/s): a number is required"
    assert render_error(refused.value, chinese) == "算力 (TH/s)：请填写数字"


def test_an_all_at_once_message_names_every_field_by_its_label() -> None:
    with pytest.raises(ValidationError) as refused, labelled({"power_w": "Power (W)", "quantity": "Units"}):
        raise ValidationError("name", also_wrong("is empty", [("power_w", "too high"), ("colour", "unknown")]))
    assert str(refused.value) == "name: is empty; Power (W): too high; colour: unknown"
    assert refused.value.label == "name"  # not in the labels: as it was


def test_the_innermost_naming_wins() -> None:
    with (
        pytest.raises(ValidationError) as refused,
        labelled({"power_w": "--power"}),
        labelled({"power_w": "Power (W)"}),
    ):
        raise ValidationError("power_w", "too high")
    assert str(refused.value) == "Power (W): too high"


def test_a_subclass_keeps_its_details_when_renamed() -> None:
    with pytest.raises(BadCells) as refused, labelled({"file": "Fleet file"}):
        raise BadCells([])
    assert refused.value.errors == [] and str(refused.value).startswith("Fleet file: 0 bad cell(s)")
    copied = pickle.loads(pickle.dumps(refused.value))  # as it crosses into another process
    assert isinstance(copied, BadCells) and (copied.field, str(copied)) == ("file", str(refused.value))


def test_the_command_line_names_the_option_with_its_unit() -> None:
    with pytest.raises(ValidationError) as refused, options_named({"price": "--power-price"}, {"price": "$/kWh"}):
        raise ValidationError("price", "must be between 0 and 10")
    assert str(refused.value) == "--power-price: must be between 0 and 10 $/kWh" and refused.value.field == "price"


def test_a_contracts_bad_fields_are_named_by_the_forms_labels_however_deep_in_the_message() -> None:
    contract = {"basis": "metered", "gap_policy": "zero", "rate_usd_per_kwh": "abc", "miners": [{"miner_id": "m1"}]}
    labels = {"rate_usd_per_kwh": QT_TRANSLATE_NOOP("ContractDialog", "Rate (USD/kWh)")}
    with pytest.raises(ValidationError) as refused, labelled(labels):
        parse_contract(contract)
    assert str(refused.value) == (
        "contract: 2 bad field(s): Rate (USD/kWh): 'abc' is not a number; miners[0].nameplate_w: is required"
    )
    assert "Rate (USD/kWh)：'abc' 不是数字；" in render_error(refused.value, chinese)  # the problems in Chinese too
