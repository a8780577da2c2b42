"""The Fleet tab: sites with live KPIs, the miners table, alerts, miner detail, bulk actions, discovery."""
