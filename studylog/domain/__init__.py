"""The domain: plain records and the rules of SPEC §3 as pure functions."""
