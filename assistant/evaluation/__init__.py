"""The eval harness: suites in, metrics and reports out, regressions flagged."""
