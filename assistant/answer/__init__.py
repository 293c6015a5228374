"""Answering: condense → retrieve → generate → verify, as one LangChain runnable chain."""
