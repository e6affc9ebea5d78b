package org.nianbao.core.rules;

import java.util.ArrayList;
import java.util.List;

/** A section text cut into sentences (at 。！？； and line ends), each with its offsets. */
final class Sentences {
    private static final String ENDS = "。！？!?；;\n";

    /** One sentence: its text (stripped) and where it is in the section text. */
    static final class Sentence {
        final String text;
        final int start;
        final int end;

        Sentence(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }
    }

    private Sentences() {
    }

    static List<Sentence> of(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null) return out;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && ENDS.indexOf(text.charAt(i)) < 0) continue;
            int end = i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
            String s = text.substring(start, end).strip();
            if (!s.isEmpty()) {
                int lead = start;
                while (lead < end && Character.isWhitespace(text.charAt(lead))) lead++;
                out.add(new Sentence(s, lead, lead + s.length()));
            }
            start = i + 1;
        }
        return out;
    }

    /** The sentence around an offset. */
    static Sentence at(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) if (offset >= s.start && offset < s.end) return s;
        return sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
    }
}
