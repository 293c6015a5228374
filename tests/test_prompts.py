import pytest

from assistant.errors import PromptError
from assistant.prompts import load_prompt, parse_prompt, prompt_names


@pytest.mark.parametrize("name", prompt_names())
def test_every_bundled_prompt_loads_and_renders(name):
    prompt = load_prompt(name)
    assert prompt.variables
    messages = prompt.render(**{v: f"<{v}-value>" for v in prompt.variables})
    assert [role for role, _ in messages] == ["system", "user"]
    text = "".join(t for _, t in messages)
    assert "{{" not in text
    assert all(f"<{v}-value>" in text for v in prompt.variables)


def test_the_bundled_set_is_complete():
    assert {"answer", "condense", "judge"} <= set(prompt_names())


def test_rendering_without_a_variable_fails_loudly():
    with pytest.raises(PromptError, match="missing"):
        load_prompt("answer").render(question="q")
    with pytest.raises(PromptError, match="unknown"):
        load_prompt("judge").render(sentence="s", evidence="e", extra="x")


def test_templates_are_checked_when_loaded():
    ok = "---\nvariables: [a]\n---\n[system]\nSys {{a}}\n[user]\nUser\n"
    assert parse_prompt("t", ok).render(a="1")[0] == ("system", "Sys 1")
    with pytest.raises(PromptError, match="undeclared"):
        parse_prompt("t", ok.replace("User", "User {{b}}"))
    with pytest.raises(PromptError, match="unused"):
        parse_prompt("t", ok.replace("[a]", "[a, c]"))
    with pytest.raises(PromptError, match="section"):
        parse_prompt("t", "---\nvariables: []\n---\njust text\n")
    with pytest.raises(PromptError, match="no prompt named"):
        load_prompt("does-not-exist")
