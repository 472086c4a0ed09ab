"""Benchmarks of csms-desktop: reference servers, load generator, throughput and storm runs."""
