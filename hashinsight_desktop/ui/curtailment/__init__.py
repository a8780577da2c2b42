"""The Curtailment tab: plan, preview, approve, execute, recover and report curtailment at a site."""
