"""Draft helpers for the storyline drafts (not shipped; converted into the real scenario format)."""

def T(at):
    return {"at": at}

def C(indicator, scope, op, value, for_=None, rearm=None):
    c = {"indicator": indicator, "scope": scope, "op": op, "value": value}
    if for_:
        c["for"] = for_
    if rearm:
        c["rearm"] = rearm
    return {"condition": c}

def AD(decision, role=None, delay="1h", match=None):
    d = {"decision": decision, "delay": delay}
    if role:
        d["role"] = role
    if match:
        d["match"] = match
    return {"afterDecision": d}

def AI(inject, delay):
    return {"afterInject": {"inject": inject, "delay": delay}}

def S(nl, en=None):
    return {"nl": nl, "en": en or nl}

def D(decision, role, deadline, **match):
    return {"decision": decision, "role": role, "deadline": deadline, "match": match}

def M(role, deadline, nl, en):
    return {"manual": {"nl": nl, "en": en}, "role": role, "deadline": deadline}

def FX(event, **params):
    return {"event": event, "params": params}

def I(id, phase, trigger, to, channel, sender, title_nl, title_en, text_nl, text_en,
      type, pillars, elements, objective, expected=(), effects=()):
    return {"id": id, "phase": phase, "trigger": trigger, "to": list(to), "channel": channel,
            "sender": sender, "title": {"nl": title_nl, "en": title_en},
            "text": {"nl": text_nl, "en": text_en}, "type": type, "pillars": list(pillars),
            "elements": list(elements), "objective": objective, "expected": list(expected),
            "effects": list(effects)}
