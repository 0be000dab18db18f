"""Prompt cue: requests and model replies in the languages users write prompts in (de, es, fr,
pt, it, nl, ru, zh, ja, ...).

Why its own module: split out of ``cues.py`` (which calls it) so each cue family reads alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handoff.privacy import snapshot
from handoff.privacy.cue_words import PROMPT, _Hit
from handoff.privacy.lazy_re import held

# -- other languages -----------------------------------------------------------------------------

_FOREIGN_CUES: tuple[tuple[str, int], ...] = (
    # de
    ("du bist ein", 2), ("du bist eine", 2), ("sie sind ein", 2), ("bitte ", 1), ("kannst du", 1),
    ("k\u00f6nntest du", 1), ("schreibe ", 1), ("schreib mir", 1), ("erkl\u00e4re", 1),
    ("\u00fcbersetze", 1), ("fasse ", 1), ("antworte ", 1), ("hilfreicher assistent", 3),
    ("ab jetzt", 1), ("deine aufgabe", 2), ("nat\u00fcrlich! hier", 3),
    ("ich hoffe, das hilft", 3),
    ("gerne! hier", 3), ("als ki", 2), ("sprachmodell", 2),
    # es
    ("eres un", 2), ("eres una", 2), ("por favor", 1), ("puedes ", 1), ("podr\u00edas", 1),
    ("escribe ", 1), ("expl\u00edcame", 1), ("explica ", 1), ("traduce ", 1), ("resume ", 1),
    ("responde ", 1), ("asistente \u00fatil", 3), ("a partir de ahora", 1), ("tu tarea", 2),
    ("\u00a1claro! aqu\u00ed", 3), ("claro, aqu\u00ed", 3), ("espero que esto te ayude", 3),
    ("como modelo de lenguaje", 3), ("como ia", 2),
    # fr
    ("tu es un", 2), ("tu es une", 2), ("vous \u00eates un", 2), ("s'il te pla\u00eet", 1),
    ("s'il vous pla\u00eet", 1), ("peux-tu", 1), ("pouvez-vous", 1), ("\u00e9cris ", 1),
    ("explique", 1), ("traduis", 1), ("r\u00e9sume", 1), ("r\u00e9ponds", 1),
    ("assistant utile", 3), ("\u00e0 partir de maintenant", 1), ("ta t\u00e2che", 2),
    ("bien s\u00fbr ! voici", 3), ("bien s\u00fbr! voici", 3), ("j'esp\u00e8re que cela", 3),
    ("en tant qu'ia", 3), ("mod\u00e8le de langage", 2),
    # pt
    ("voc\u00ea \u00e9 um", 2), ("voc\u00ea \u00e9 uma", 2), ("voce e um", 2), ("por favor,", 1),
    ("pode ", 1), ("poderia", 1), ("escreva", 1), ("explique", 1), ("traduza", 1),
    ("resuma", 1), ("responda", 1), ("assistente \u00fatil", 3), ("a partir de agora", 1),
    ("sua tarefa", 2), ("claro! aqui", 3), ("espero que isso ajude", 3),
    ("como modelo de linguagem", 3),
    # ru
    ("\u0442\u044b \u2014", 1), ("\u0442\u044b - ", 1),
    ("\u0442\u044b \u043f\u043e\u043b\u0435\u0437\u043d\u044b\u0439", 3),
    ("\u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430", 1),
    ("\u043d\u0430\u043f\u0438\u0448\u0438", 1),
    ("\u043e\u0431\u044a\u044f\u0441\u043d\u0438", 1),
    ("\u043f\u0435\u0440\u0435\u0432\u0435\u0434\u0438", 1),
    ("\u043c\u043e\u0436\u0435\u0448\u044c", 1), ("\u043e\u0442\u0432\u0435\u0447\u0430\u0439", 1),
    ("\u0442\u0432\u043e\u044f \u0437\u0430\u0434\u0430\u0447\u0430", 2),
    ("\u0430\u0441\u0441\u0438\u0441\u0442\u0435\u043d\u0442", 1),
    ("\u043a\u043e\u043d\u0435\u0447\u043d\u043e! \u0432\u043e\u0442", 3),
    ("\u043d\u0430\u0434\u0435\u044e\u0441\u044c, \u044d\u0442\u043e", 3),
    ("\u043a\u0430\u043a \u044f\u0437\u044b\u043a\u043e\u0432\u0430\u044f \u043c\u043e\u0434\u0435\u043b\u044c", 3),
    ("\u0441 \u044d\u0442\u043e\u0433\u043e \u043c\u043e\u043c\u0435\u043d\u0442\u0430", 1),
    # zh
    ("\u4f60\u662f\u4e00\u4e2a", 2), ("\u4f60\u662f\u4e00\u540d", 2), ("\u8bf7", 1),
    ("\u5e2e\u6211", 1),
    ("\u4f60\u80fd", 1), ("\u4f60\u53ef\u4ee5", 1), ("\u7ffb\u8bd1", 1), ("\u603b\u7ed3", 1),
    ("\u89e3\u91ca", 1), ("\u5199\u4e00", 1), ("\u52a9\u624b", 1),
    ("\u4ece\u73b0\u5728\u5f00\u59cb", 2),
    ("\u4f60\u7684\u4efb\u52a1", 2), ("\u5f53\u7136\uff01", 2), ("\u4ee5\u4e0b\u662f", 1),
    ("\u5e0c\u671b\u8fd9", 3), ("\u4f5c\u4e3a\u4e00\u4e2aai", 3),
    ("\u4f5c\u4e3a\u4e00\u4e2a\u4eba\u5de5\u667a\u80fd", 3),
    ("\u8bed\u8a00\u6a21\u578b", 2),
    # ja
    ("\u3042\u306a\u305f\u306f", 2), ("\u304f\u3060\u3055\u3044", 1), ("\u6559\u3048\u3066", 1),
    ("\u66f8\u3044\u3066", 1), ("\u7ffb\u8a33", 1), ("\u8981\u7d04", 1),
    ("\u8aac\u660e\u3057\u3066", 1),
    ("\u30a2\u30b7\u30b9\u30bf\u30f3\u30c8", 1), ("\u3082\u3061\u308d\u3093", 2),
    ("\u304a\u5f79\u306b\u7acb\u3066", 3), ("\u4ee5\u4e0b\u306f", 1),
    ("\u8a00\u8a9e\u30e2\u30c7\u30eb", 2),
    ("\u4eca\u5f8c\u306f", 1),
    # requests without a persona, and chatbot answers (round 2): an imperative of writing or
    # explaining, with what it asks for; an opener or closer of a chatbot answer
    ("erkl\u00e4re mir", 2), ("schreibe eine", 2), ("schreib eine", 2), ("den folgenden text", 2),
    ("den unterschied zwischen", 2), ("antwortest du", 2), ("ab jetzt antwort", 2),
    ("gute frage!", 2), ("python-funktion", 1),
    ("escribe una", 2), ("expl\u00edcame", 2), ("qu\u00e9 es", 1), ("el siguiente texto", 2),
    ("act\u00faa como", 3), ("resp\u00f3ndeme", 2), ("una funci\u00f3n", 2),
    ("aqu\u00ed tienes", 2), ("espero que te sea \u00fatil", 3), ("por supuesto", 2),
    ("\u00bfnecesitas algo m\u00e1s", 2), ("la diferencia entre", 2),
    ("\u00e9cris une", 2), ("explique-moi", 2), ("le texte suivant", 2), ("agis comme", 3),
    ("r\u00e9ponds-moi", 2), ("n'h\u00e9sitez pas", 2), ("une fonction", 1),
    ("la diff\u00e9rence entre", 2),
    ("escreva uma", 2), ("a diferen\u00e7a entre", 2), ("aqui est\u00e1", 2),
    ("espero ter ajudado", 3), ("uma fun\u00e7\u00e3o", 1),
    ("\u0444\u0443\u043d\u043a\u0446\u0438\u044e", 2),
    ("\u0440\u0430\u0437\u043d\u0438\u0446\u0443 \u043c\u0435\u0436\u0434\u0443", 2),
    ("\u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u044c, \u0447\u0442\u043e \u0442\u044b", 3),
    ("\u0440\u0430\u0441\u0441\u043a\u0430\u0436\u0438", 1),
    ("\u0435\u0441\u043b\u0438 \u0435\u0441\u0442\u044c \u0432\u043e\u043f\u0440\u043e\u0441\u044b", 2),
    ("\u5199\u4e00\u4e2a", 2), ("\u51fd\u6570", 1), ("\u8bf7\u89e3\u91ca", 2),
    ("\u4e0b\u9762\u8fd9\u6bb5", 2), ("\u4f60\u626e\u6f14", 2), ("\u5f53\u7136\u53ef\u4ee5", 2),
    ("\u4e0b\u9762\u662f", 1), ("\u5e0c\u671b\u5bf9\u4f60\u6709\u5e2e\u52a9", 3),
    ("\u597d\u7684\uff0c", 1), ("\u5982\u679c\u8fd8\u6709\u95ee\u9898", 2),
    ("\u8bf7\u968f\u65f6", 2), ("\u533a\u522b", 1),
    ("\u3066\u304f\u3060\u3055\u3044", 1), ("\u6b21\u306e\u6587\u7ae0", 2),
    ("\u3082\u3061\u308d\u3093\u3067\u3059", 1), ("\u627f\u77e5\u3057\u307e\u3057\u305f", 2),
    ("\u3054\u8cea\u554f\u304c\u3042\u308c\u3070", 2), ("\u304a\u6c17\u8efd\u306b", 2),
    ("\u95a2\u6570", 1), ("\u9055\u3044", 1),
    # round 3: imperatives with an object ("write me", "explain to me"), generic content
    # ("a poem", "a short story"), "in simple words", "another example", thanks
    # it
    ("scrivimi", 2), ("spiegami", 2), ("riassumi", 2), ("traducimi", 2), ("traduci ", 1),
    ("una poesia", 2), ("un racconto", 2), ("una storia", 2), ("parole semplici", 2),
    ("per favore", 1), ("puoi ", 1), ("potresti", 1), ("grazie", 1), ("un altro esempio", 2),
    ("dimmi", 1),
    # nl
    ("schrijf ", 2), ("kort verhaal", 2), ("een gedicht", 2), ("leg uit", 2), ("leg me uit", 2),
    ("vat samen", 2), ("alsjeblieft", 1), ("kun je", 1), ("kunt u", 1), ("bedankt", 1),
    ("eenvoudige woorden", 2), ("nog een voorbeeld", 2),
    # es
    ("escr\u00edbeme", 2), ("escribeme", 2), ("expl\u00edcame", 2), ("un cuento", 2),
    ("un poema", 2), ("resume este", 2), ("resume el texto", 2), ("otro ejemplo", 2),
    ("gracias", 1), ("palabras sencillas", 2), ("dime ", 1),
    # pt
    ("escreva um", 2), ("resuma o", 2), ("me explique", 2), ("me explica", 2),
    ("jeito simples", 2), ("palavras simples", 2), ("outro exemplo", 2), ("obrigad", 1),
    ("me d\u00ea", 1),
    # fr
    ("\u00e9cris-moi", 2), ("ecris-moi", 2), ("un po\u00e8me", 2), ("reformuler", 2),
    ("reformule", 2), ("merci", 1), ("raccourcir", 1), ("explique-moi", 2), ("r\u00e9sume ce", 2),
    ("un autre exemple", 2), ("termes simples", 2), ("dis-moi", 1),
    # de
    ("schreib mir", 2), ("schreibe mir", 2), ("ein gedicht", 2), ("eine geschichte", 2),
    ("kannst du mir", 2), ("erkl\u00e4r mir", 2), ("erkl\u00e4re mir", 2),
    ("einfachen worten", 2), ("danke", 1), ("noch ein beispiel", 2), ("fass ", 1),
    ("beantworte ", 1), ("beschreibe ", 1), ("formuliere ", 1), ("erstelle ", 1),
    ("verfasse ", 1), ("fasse ", 1), ("gib mir", 1),
    # ru
    ("\u0441\u0442\u0438\u0445\u043e\u0442\u0432\u043e\u0440\u0435\u043d\u0438\u0435", 2),
    ("\u043f\u0440\u043e\u0441\u0442\u044b\u043c\u0438 \u0441\u043b\u043e\u0432\u0430\u043c\u0438", 2),
    ("\u043f\u0435\u0440\u0435\u0441\u043a\u0430\u0436\u0438", 2),
    ("\u0440\u0430\u0441\u0441\u043a\u0430\u0437", 1), ("\u0441\u043f\u0430\u0441\u0438\u0431\u043e", 1),
    ("\u0435\u0449\u0451 \u043e\u0434\u0438\u043d \u043f\u0440\u0438\u043c\u0435\u0440", 2),
    ("\u043d\u0430\u043f\u0438\u0448\u0438 ", 1), ("\u043e\u0431\u044a\u044f\u0441\u043d\u0438,", 1),
    # zh
    ("\u7528\u7b80\u5355\u7684", 2), ("\u89e3\u91ca\u4e00\u4e0b", 2),
    ("\u5199\u4e00\u9996", 2), ("\u5199\u4e00\u7bc7", 2), ("\u4e3e\u4e2a\u4f8b\u5b50", 2),
    ("\u80fd\u518d", 1), ("\u8c22\u8c22", 1), ("\u5e2e\u6211", 2),
    ("\u603b\u7ed3\u4e00\u4e0b", 2), ("\u7ed9\u6211", 1),
    # ja
    ("\u66f8\u3044\u3066", 2), ("\u8aac\u660e\u3057\u3066", 2), ("\u6559\u3048\u3066", 2),
    ("\u308f\u304b\u308a\u3084\u3059\u304f", 2), ("\u3042\u308a\u304c\u3068\u3046", 1),
    # ko
    ("\uc8fc\uc138\uc694", 2), ("\uc27d\uac8c", 1), ("\uc124\uba85\ud574", 2),
    ("\uc368 \uc918", 2), ("\uc54c\ub824\uc918", 2), ("\uac10\uc0ac\ud569\ub2c8\ub2e4", 1),
    ("\uc694\uc57d\ud574", 2),
    # more imperatives with an object: give me, make me, tell me, help me
    ("dame ", 1), ("hazme", 2), ("cu\u00e9ntame", 2), ("cuentame", 2), ("ay\u00fadame", 2),
    ("ayudame", 2), ("necesito que", 2), ("fa\u00e7a ", 1), ("crie um", 2), ("conte-me", 2),
    ("me ajude", 2), ("preciso que", 2), ("donne-moi", 2), ("fais-moi", 2), ("raconte-moi", 2),
    ("aide-moi", 2), ("j'ai besoin que", 2), ("erz\u00e4hl mir", 2), ("hilf mir", 2),
    ("ich brauche", 1), ("dammi", 2), ("fammi", 2), ("raccontami", 2), ("aiutami", 2),
    ("geef me", 2), ("maak een", 1), ("vertel me", 2), ("\u0434\u0430\u0439 \u043c\u043d\u0435", 2),
    ("\u0441\u0434\u0435\u043b\u0430\u0439", 1), ("\u0441\u043e\u0437\u0434\u0430\u0439", 1),
    ("\u0440\u0430\u0441\u0441\u043a\u0430\u0436\u0438", 2), ("\u043f\u043e\u043c\u043e\u0433\u0438", 2),
    ("\u8bf7\u5199", 2), ("\u8bf7\u89e3\u91ca", 2), ("\u544a\u8bc9\u6211", 2), ("\u751f\u6210\u4e00", 2),
    ("\u4f5c\u3063\u3066", 2), ("\ud574\uc918", 2),
    ("\ub9cc\ub4e4\uc5b4", 2),
    # a chatbot's openers and closers in more languages
    ("certo! ecco", 3), ("ecco un", 1), ("spero che questo", 2), ("fammi sapere se", 2),
    ("natuurlijk! hier", 3), ("ik hoop dat dit helpt", 3), ("laat me weten", 2),
    ("aqu\u00ed tienes", 2), ("espero que te sea \u00fatil", 3), ("si tienes alguna pregunta", 2),
    ("no dudes en", 2), ("voici un", 1), ("n'h\u00e9sitez pas", 2), ("j'esp\u00e8re que cela", 3),
    ("hier ist ein", 1), ("lass mich wissen", 2), ("falls du fragen hast", 2),
    ("aqui est\u00e1", 1), ("espero que ajude", 3), ("se tiver alguma d\u00favida", 2),
    ("\u0432\u043e\u0442 \u043f\u0440\u0438\u043c\u0435\u0440", 1),
    ("\u0435\u0441\u043b\u0438 \u0443 \u0432\u0430\u0441 \u0435\u0441\u0442\u044c"
     " \u0432\u043e\u043f\u0440\u043e\u0441\u044b", 2),
    ("\u4ee5\u4e0b\u662f", 1), ("\u5982\u679c\u4f60\u6709\u4efb\u4f55\u95ee\u9898", 2),
    ("\u4ee5\u4e0b\u306f", 1), ("\u304a\u5f79\u306b\u7acb\u3066", 2),
    ("\u3054\u4e0d\u660e\u306a\u70b9", 2), ("\ubb3c\ub860\uc785\ub2c8\ub2e4", 2),
    ("\ub3c4\uc6c0\uc774 \ub418", 2), ("\ub2e4\uc74c\uc740", 1),
    # more languages: pl, tr, sv, id, vi, ar, hi, uk, he, el, cs
    ("napisz", 2), ("wyja\u015bnij", 2), ("opowiedz", 2), ("prosz\u0119", 1),
    ("dzi\u0119kuj\u0119", 1), ("czy mo\u017cesz", 1), ("wiersz", 1), ("prostymi s\u0142owami", 2),
    ("yazar m\u0131s\u0131n", 2), ("a\u00e7\u0131kla", 2), ("anlat", 2), ("l\u00fctfen", 1),
    ("te\u015fekk\u00fcrler", 1), ("bir \u015fiir", 2), ("basit bir dille", 2),
    ("skriv en", 2), ("f\u00f6rklara", 2), ("ber\u00e4tta", 2), ("tack", 1), ("kan du", 1),
    ("en dikt", 2), ("enkla ord", 2),
    ("tolong", 1), ("tuliskan", 2), ("jelaskan", 2), ("ceritakan", 2), ("terima kasih", 1),
    ("bisakah kamu", 2), ("sebuah puisi", 2),
    ("h\u00e3y vi\u1ebft", 2), ("gi\u1ea3i th\u00edch", 2), ("k\u1ec3 cho t\u00f4i", 2),
    ("c\u1ea3m \u01a1n", 1), ("l\u00e0m \u01a1n", 1), ("b\u1ea1n c\u00f3 th\u1ec3", 1),
    ("m\u1ed9t b\u00e0i th\u01a1", 2),
    ("\u0627\u0643\u062a\u0628", 2), ("\u0627\u0634\u0631\u062d", 2),
    ("\u0645\u0646 \u0641\u0636\u0644\u0643", 1), ("\u0634\u0643\u0631\u0627", 1),
    ("\u0647\u0644 \u064a\u0645\u0643\u0646\u0643", 1), ("\u0642\u0635\u064a\u062f\u0629", 1),
    ("\u0932\u093f\u0916\u094b", 2), ("\u0938\u092e\u091d\u093e\u0913", 2),
    ("\u0915\u0943\u092a\u092f\u093e", 1), ("\u0927\u0928\u094d\u092f\u0935\u093e\u0926", 1),
    ("\u0915\u094d\u092f\u093e \u0906\u092a", 1), ("\u0915\u0935\u093f\u0924\u093e", 1),
    ("\u043f\u043e\u044f\u0441\u043d\u0438", 2), ("\u0431\u0443\u0434\u044c \u043b\u0430\u0441\u043a\u0430", 1),
    ("\u0434\u044f\u043a\u0443\u044e", 1), ("\u0440\u043e\u0437\u043a\u0430\u0436\u0438", 2),
    ("\u05db\u05ea\u05d5\u05d1", 2), ("\u05d4\u05e1\u05d1\u05e8", 2),
    ("\u05d1\u05d1\u05e7\u05e9\u05d4", 1), ("\u05ea\u05d5\u05d3\u05d4", 1),
    ("\u03b3\u03c1\u03ac\u03c8\u03b5", 2), ("\u03b5\u03be\u03ae\u03b3\u03b7\u03c3\u03b5", 2),
    ("\u03c0\u03b1\u03c1\u03b1\u03ba\u03b1\u03bb\u03ce", 1),
    ("\u03b5\u03c5\u03c7\u03b1\u03c1\u03b9\u03c3\u03c4\u03ce", 1),
    ("napi\u0161", 2), ("vysv\u011btli", 2), ("pros\u00edm", 1), ("d\u011bkuji", 1),
    # generic content to write: a story, a letter, a speech, a joke
    ("une histoire", 2), ("une lettre", 1), ("un discours", 2), ("une blague", 2),
    ("eine rede", 2), ("einen brief", 1), ("einen witz", 2), ("zu schreiben", 1),
    ("una historia", 2), ("una carta", 1), ("un chiste", 2), ("un discurso", 2),
    ("uma hist\u00f3ria", 2), ("uma carta", 1), ("uma piada", 2), ("una lettera", 1),
    ("una barzelletta", 2), ("een brief", 1), ("een grap", 2), ("een toespraak", 2),
    # agent UIs (Claude Code)
    ("\u23fa ", 2), ("\u23bf ", 2),
    # session 13: "answer only with the code" (an output format set for a model) and "you are an
    # experienced reviewer" (a persona) in languages the table had no such phrase for
    ("antwoord alleen met", 3), ("je bent een ervaren", 3), ("svara bara med", 3),
    ("du \u00e4r en erfaren", 3), ("odpowiedz tylko", 3), ("jeste\u015b do\u015bwiadczonym", 3),
    ("\u043e\u0442\u0432\u0435\u0442\u044c \u0442\u043e\u043b\u044c\u043a\u043e", 3),
    ("\u043e\u0442\u0432\u0435\u0447\u0430\u0439 \u0442\u043e\u043b\u044c\u043a\u043e", 3),
    ("\u0442\u044b \u043e\u043f\u044b\u0442\u043d\u044b\u0439", 3),
    ("responda apenas com", 3), ("rispondi solo con", 3), ("sei un esperto", 3),
    ("sadece kodla", 3), ("sen deneyimli bir", 3), ("r\u00e9ponds uniquement", 3),
    ("r\u00e9ponds seulement", 3), ("antworte nur mit", 3), ("responde solo con", 3),
    ("responde \u00fanicamente", 3), ("jawab hanya dengan", 3), ("ch\u1ec9 tr\u1ea3 l\u1eddi", 3),
    ("odpov\u011bz pouze", 3),
    ("\u0432\u0456\u0434\u043f\u043e\u0432\u0456\u0434\u0430\u0439 \u043b\u0438\u0448\u0435", 3),
    ("\ucf54\ub4dc\ub9cc \ub2f5\ud574", 3), ("\ub108\ub294 \uc219\ub828\ub41c", 3),
    ("\u30b3\u30fc\u30c9\u3060\u3051", 3), ("\u53ea\u56de\u590d\u4ee3\u7801", 3),
    ("\u53ea\u8f93\u51fa\u4ee3\u7801", 3),
    # session 13: personas, system-prompt labels and requests in Czech, Greek, Hebrew, Dutch,
    # Ukrainian, Swedish and Thai
    ("jsi zku\u0161en\xfd", 3), ("jsi expert", 3), ("vymysli", 2),
    ("\u03b5\u03af\u03c3\u03b1\u03b9 \u03ad\u03bc\u03c0\u03b5\u03b9\u03c1\u03bf\u03c2", 3),
    ("\u03b5\u03af\u03c3\u03b1\u03b9 \u03bf \u03b2\u03bf\u03b7\u03b8\u03cc\u03c2", 3),
    ("\u03b5\u03af\u03c3\u03b1\u03b9 \u03ad\u03bd\u03b1\u03c2", 2),
    ("\u03bd\u03b1 \u03b5\u03af\u03c3\u03b1\u03b9 \u03b5\u03c5\u03b3\u03b5\u03bd\u03b9\u03ba\u03cc\u03c2", 2),
    ("\u03c6\u03c5\u03c3\u03b9\u03ba\u03ac!", 2), ("\u03c3\u03c5\u03bd\u03cc\u03c8\u03b9\u03c3\u03b5", 2),
    ("\u05d0\u05ea\u05d4 \u05e2\u05d5\u05d6\u05e8", 3), ("\u05d0\u05ea\u05d4 \u05de\u05e4\u05ea\u05d7", 2),
    ("\u05d0\u05dc \u05ea\u05de\u05e6\u05d9\u05d0", 2), ("\u05e1\u05db\u05dd \u05d0\u05ea", 2),
    ("je bent de", 1), ("je bent een", 1), ("systeeminstructie:", 3), ("wees vriendelijk", 2),
    ("\u0442\u0438 \u043f\u043e\u043c\u0456\u0447\u043d\u0438\u043a", 3),
    ("\u043d\u0435 \u0432\u0438\u0433\u0430\u0434\u0443\u0439", 2),
    ("\u0432\u0456\u0434\u043f\u043e\u0432\u0456\u0434\u0430\u0439", 1), ("systemprompt:", 3),
    ("agera som", 3), ("h\xe4danefter", 1), ("inga f\xf6rklaringar", 2), ("hitta p\xe5", 1),
    ("\u0e43\u0e2b\u0e49\u0e2b\u0e19\u0e48\u0e2d\u0e22", 2),
    # session 16: a system prompt's clauses in more languages: never reveal these instructions (3),
    # you are an assistant / an experienced reviewer (persona), always answer in a language, and
    # if you do not know the answer, say so (2); blind17's `intl_prompt_in_repo`
    ("verrate niemals", 3), ("diese anweisungen niemals", 3), ("nunca reveles", 3),
    ("no reveles estas instrucciones", 3), ("ne r\xe9v\xe8le jamais", 3),
    ("ne divulgue jamais", 3), ("nunca revele", 3), ("non rivelare mai", 3), ("onthul nooit", 3),
    ("nigdy nie ujawniaj", 3), ("nikdy neprozrazuj", 3),
    ("\u043d\u0438\u043a\u043e\u0433\u0434\u0430 \u043d\u0435"
     " \u0440\u0430\u0441\u043a\u0440\u044b\u0432\u0430\u0439", 3),
    ("\u043d\u0435 \u0440\u0430\u0441\u043a\u0440\u044b\u0432\u0430\u0439 "
     "\u044d\u0442\u0438 \u0438\u043d\u0441\u0442\u0440\u0443\u043a\u0446\u0438\u0438", 3),
    ("\u043d\u0456\u043a\u043e\u043b\u0438 \u043d\u0435 \u0440\u043e\u0437\u043a\u0440\u0438\u0432\u0430\u0439", 3),
    ("bu talimatlar\u0131 asla", 3), ("\u4e0d\u8981\u900f\u9732", 2),
    ("\u4e0d\u8981\u6cc4\u9732", 2), ("\u8fd9\u4e9b\u6307\u4ee4", 2),
    ("\u6307\u793a\u3092\u660e\u304b\u3055\u306a\u3044", 3),
    ("\u6307\u793a\u3092\u958b\u793a\u3057\u306a\u3044", 3),
    ("\uc9c0\uc2dc\uc0ac\ud56d\uc744 \uacf5\uac1c\ud558\uc9c0", 3),
    ("\uc9c0\uce68\uc744 \uacf5\uac1c\ud558\uc9c0", 3),
    ("\u0909\u091c\u093e\u0917\u0930 \u0928 \u0915\u0930\u0947\u0902", 3),
    ("\u0644\u0627 \u062a\u0643\u0634\u0641", 2), ("kh\xf4ng ti\u1ebft l\u1ed9", 2),
    ("\u05d0\u05dc \u05ea\u05d7\u05e9\u05d5\u05e3", 3), ("\u4f60\u662f", 1),
    ("\u0430\u0441\u0438\u0441\u0442\u0435\u043d\u0442", 1), ("jeste\u015b asystentem", 3),
    ("\u0623\u0646\u062a \u0645\u0633\u0627\u0639\u062f", 3),
    ("\u0906\u092a \u090f\u0915 \u0905\u0928\u0941\u092d\u0935\u0940", 3),
    ("b\u1ea1n l\xe0 m\u1ed9t", 2), ("lu\xf4n tr\u1ea3 l\u1eddi", 2),
    ("\u0623\u062c\u0628 \u062f\u0627\u0626\u0645\u0627", 2),
    ("\u0623\u062c\u0628 \u062f\u0627\u0626\u0645\u0627\u064b", 2),
    ("\u0625\u0630\u0627 \u0644\u0645 \u062a\u0639\u0631\u0641 \u0627\u0644\u0625\u062c\u0627\u0628\u0629", 2),
    ("\u044f\u043a\u0449\u043e \u043d\u0435 \u0437\u043d\u0430"
     "\u0454\u0448 \u0432\u0456\u0434\u043f\u043e\u0432\u0456\u0434\u0456", 2),
    ("je\u015bli nie znasz odpowiedzi", 2),
    ("\u0905\u0917\u0930 \u091c\u0935\u093e\u092c \u0928\u0939\u0940\u0902 \u092a\u0924\u093e", 2),
    ("si no sabes la respuesta", 2), ("wenn du die antwort nicht wei\xdft", 2),
    ("si tu ne connais pas la r\xe9ponse", 2), ("se n\xe3o souber a resposta", 2),
    ("se non conosci la risposta", 2),
    ("\u0435\u0441\u043b\u0438 \u043d\u0435 \u0437\u043d"
     "\u0430\u0435\u0448\u044c \u043e\u0442\u0432\u0435\u0442\u0430", 2),
    ("\u5982\u679c\u4e0d\u77e5\u9053\u7b54\u6848", 2),
    ("\u7b54\u3048\u304c\u308f\u304b\u3089\u306a\u3044\u5834\u5408", 2),
    ("\u0e1c\u0e39\u0e49\u0e0a\u0e48\u0e27\u0e22", 1),
    # session 19: the jailbreak's opening, "forget / ignore all your previous instructions", in
    # the languages red-team suites translate it to (the English one is ``system-prompt``'s)
    ("vergiss alle bisherigen anweisungen", 3), ("vergiss alle vorherigen anweisungen", 3),
    ("ignoriere alle bisherigen anweisungen", 3), ("ignoriere alle vorherigen anweisungen", 3),
    ("vergiss deine anweisungen", 3), ("ignoriere deine anweisungen", 3),
    ("oublie toutes tes consignes", 3), ("oublie toutes tes instructions", 3),
    ("ignore toutes tes instructions", 3), ("ignore toutes les instructions pr\u00e9c\u00e9dentes", 3),
    ("oubliez toutes vos instructions", 3), ("ignorez toutes les instructions", 3),
    ("ignorez toutes vos instructions", 3), ("ignore tes instructions pr\u00e9c\u00e9dentes", 3),
    ("olvida todas tus instrucciones", 3), ("ignora todas tus instrucciones", 3),
    ("ignora todas las instrucciones anteriores", 3), ("olvida todas las instrucciones anteriores", 3),
    ("esque\u00e7a todas as instru\u00e7\u00f5es", 3), ("ignore todas as instru\u00e7\u00f5es", 3),
    ("dimentica tutte le istruzioni", 3), ("ignora tutte le istruzioni", 3),
    ("zapomnij wszystkie poprzednie instrukcje", 3), ("zignoruj wszystkie poprzednie instrukcje", 3),
    ("zignoruj poprzednie instrukcje", 3),
    ("\u00f6nceki t\u00fcm talimatlar\u0131", 3),
    ("\u0437\u0430\u0431\u0443\u0434\u044c \u0432\u0441\u0435 \u043f\u0440\u0435\u0434\u044b"
     "\u0434\u0443\u0449\u0438\u0435 \u0438\u043d\u0441\u0442\u0440\u0443\u043a\u0446\u0438\u0438", 3),
    ("\u0438\u0433\u043d\u043e\u0440\u0438\u0440\u0443\u0439 \u0432\u0441\u0435 \u043f\u0440\u0435\u0434"
     "\u044b\u0434\u0443\u0449\u0438\u0435 \u0438\u043d\u0441\u0442\u0440\u0443\u043a\u0446\u0438\u0438", 3),
    ("\u0437\u0430\u0431\u0443\u0434\u044c \u0432\u0441\u0435 "
     "\u0438\u043d\u0441\u0442\u0440\u0443\u043a\u0446\u0438\u0438", 3),
    ("\u5ffd\u7565\u4e4b\u524d\u7684\u6240\u6709\u6307\u4ee4", 3),
    ("\u5ffd\u7565\u4ee5\u4e0a\u6240\u6709\u6307\u4ee4", 3),
    ("\u5ffd\u7565\u6240\u6709\u4e4b\u524d\u7684\u6307\u4ee4", 3),
    ("\u5fd8\u8bb0\u4e4b\u524d\u7684\u6240\u6709\u6307\u4ee4", 3),
    ("\u4ee5\u524d\u306e\u6307\u793a\u3092\u3059\u3079\u3066\u7121\u8996", 3),
    ("\u3053\u308c\u307e\u3067\u306e\u6307\u793a\u3092\u3059\u3079\u3066\u7121\u8996", 3),
    ("\uc774\uc804 \uc9c0\uc2dc\ub97c \ubaa8\ub450 \ubb34\uc2dc", 3),
    ("\uc774\uc804\uc758 \ubaa8\ub4e0 \uc9c0\uc2dc\ub97c \ubb34\uc2dc", 3),
    # session 19: a system prompt's task and persona where the table had none: summarise / translate
    # "the following text", "do not make up", "you are the assistant of" (de, pl, vi, ko, ar, pt)
    ("fasse das folgende", 2), ("fasse den folgenden", 2), ("fasse die folgende", 2),
    ("przet\u0142umacz", 2), ("poni\u017cszy tekst", 2), ("podsumuj", 2),
    ("h\u00e3y t\u00f3m t\u1eaft", 3), ("h\u00e3y tr\u1ea3 l\u1eddi", 3),
    ("\u0111o\u1ea1n h\u1ed9i tho\u1ea1i sau", 2),
    ("\ucc57\ubd07\uc774\uc57c", 3), ("\ub2f5\ud558\uc138\uc694", 2), ("\uc9c0\uc5b4\ub0b4\uc9c0 \ub9d0\uace0", 2),
    ("\uc874\ub315\ub9d0\uc744 \uc0ac\uc6a9\ud574", 2),
    ("\u0644\u062e\u0651\u0635", 2), ("\u0627\u0644\u0646\u0635 \u0627\u0644\u062a\u0627\u0644\u064a", 2),
    ("\u0648\u0644\u0627 \u062a\u0636\u0641", 2),
    ("voc\u00ea \u00e9 a assistente", 3), ("voc\u00ea \u00e9 o assistente", 3), ("n\u00e3o prometa", 2),
)
"""(lower-cased phrase, weight): requests, personas and chatbot openers in other languages.
Weights add up per distinct phrase; 3 points make a prompt."""


def _first_word(phrase: str) -> bytes:
    return phrase.encode().translate(_LETTERS).split()[0]


_LETTERS = bytes(i if 97 <= i <= 122 else 32 for i in range(256))


def _index_words(cues: tuple[tuple[str, int], ...]) -> dict[bytes, list[tuple[str, int]]]:
    """The phrases in Latin letters by their first word. (A function, not a loop at module
    level: its names are locals, ~half the time of the same loop over globals at import.)"""
    by_word: dict[bytes, list[tuple[str, int]]] = {}
    for cue in cues:
        if cue[0].isascii():
            by_word.setdefault(_first_word(cue[0]), []).append(cue)
    return by_word


_FOREIGN_BY_WORD = _index_words(_FOREIGN_CUES)
_FOREIGN_WORD_KEYS = frozenset(_FOREIGN_BY_WORD)
_FOREIGN_SCRIPT = tuple((p, w) for p, w in _FOREIGN_CUES if not p.isascii())
GATE_WORDS = _FOREIGN_WORD_KEYS
"""Words ``cues.GATE_WORDS`` adds for these cues."""


def script_key(phrase: str) -> str:
    """A phrase's first character outside ASCII: a text without it cannot hold the phrase."""
    return next(ch for ch in phrase if not ch.isascii())


def _index_script(cues: tuple[tuple[str, int], ...]) -> dict[str, tuple[int, ...]]:
    by_key: dict[str, list[int]] = {}
    for at, (phrase, _weight) in enumerate(cues):
        by_key.setdefault(script_key(phrase), []).append(at)
    return {key: tuple(ats) for key, ats in by_key.items()}


_script_index: list[tuple[dict[str, tuple[int, ...]], frozenset[str]]] = []
"""``_SCRIPT_BY_KEY`` and ``_SCRIPT_KEYS``, built by the first text that asks (``_script_tables``).
Session 16: a note with one em-dash or arrow is "not ASCII", and each such note searched all
~270 phrases (~300 µs of a 1.2 KB note); now a phrase is searched only when the text holds its
key. Session 17: only a text that is not ASCII asks, and building the index at import cost
every CLI call ~0.3-0.5 ms, so it is built on first need."""


def _script_tables() -> tuple[dict[str, tuple[int, ...]], frozenset[str]]:
    """Session 22: derived data, read from ``snapshot.bin`` (section ``foreign.script``, read
    only here) when the file was built from these phrases and this code: ~30 µs of a fresh
    process's first text that is not ASCII where deriving it cost ~170 µs."""
    if not _script_index:
        by_key = snapshot.tables("foreign.script", _index_script, _FOREIGN_SCRIPT,
                                 code=(script_key,))
        _script_index.append((by_key, frozenset(by_key)))
    return _script_index[0]


snapshot.first_use.append(_script_tables)


if TYPE_CHECKING:  # declared for the type checker; read through ``__getattr__`` at run time
    _SCRIPT_BY_KEY: dict[str, tuple[int, ...]]
    _SCRIPT_KEYS: frozenset[str]
else:

    def __getattr__(name: str) -> object:
        """``_SCRIPT_BY_KEY`` (``script_key`` -> the positions in ``_FOREIGN_SCRIPT`` of the
        phrases it keys) and ``_SCRIPT_KEYS`` (its keys), read as module attributes: built on
        first use."""
        if name == "_SCRIPT_BY_KEY":
            return _script_tables()[0]
        if name == "_SCRIPT_KEYS":
            return _script_tables()[1]
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def script_candidates(low: str) -> list[tuple[str, int]]:
    """The phrases of ``_FOREIGN_SCRIPT`` whose key is in ``low``, in the table's order (the
    order ``_foreign`` adds weights in, so the same phrases decide and the same one is first)."""
    by_key, script_keys = _script_index[0] if _script_index else _script_tables()
    keys = script_keys.intersection(held(low))
    if not keys:
        return []
    ats = sorted(at for key in keys for at in by_key[key])
    return [_FOREIGN_SCRIPT[at] for at in ats]


def _foreign(low: str, foreign: bool, present: frozenset[bytes], hits: list[_Hit]) -> None:
    """Prompt cues in other languages, 3 points. A phrase in Latin letters is looked for only
    when its first word is one of the text's words (one set intersection rules most out);
    phrases in other scripts only in a text that is not ASCII, and only those whose first
    character outside ASCII the text holds (``script_candidates``)."""
    cues: list[tuple[str, int]] = []
    for word in sorted(present.intersection(_FOREIGN_WORD_KEYS)):  # sorted: the span reported is
        # where the phrases that reach the score begin, the same in every process (a set's order
        # is not)
        cues.extend(_FOREIGN_BY_WORD[word])
    if foreign:
        cues.extend(script_candidates(low))
    score = 0
    first = -1
    for phrase, weight in cues:
        pos = low.find(phrase)
        if pos >= 0:
            score += weight
            if first < 0 or pos < first:
                first = pos
            if score >= 3:
                hits.append((PROMPT, 1, first, first + 1, "prompt-other-language"))
                return
