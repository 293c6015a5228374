"""The Gradio web UI: a thin layer over the same Assistant the CLI uses."""
