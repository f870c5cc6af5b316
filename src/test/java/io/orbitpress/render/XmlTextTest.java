package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/** Character references beyond ASCII become the characters, and the XML means what it meant. */
class XmlTextTest {

    @Test
    void referencesToLettersBecomeTheLetters() {
        assertThat(XmlText.withLetters("<title>&#x41e;&#x440;&#x431;&#x438;&#x442;&#x430; NASA</title>"))
                .isEqualTo("<title>Орбита NASA</title>");
        assertThat(XmlText.withLetters("<t>&#x1f680; &#xe9;</t>")).isEqualTo("<t>\uD83D\uDE80 é</t>");
    }

    @Test
    void markupAndOtherReferencesStay() {
        String kept = "<t>&amp;#x41e; &#x26; &#x3c; &#60; &#x85; &#xd800; &#x110000; &#x; &#x41e &lt;&#x41e</t>";
        assertThat(XmlText.withLetters(kept)).isEqualTo(kept);
        assertThat(XmlText.withLetters("no references")).isEqualTo("no references");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<t>&#x41e;&#x440; &amp; &#x26;&#x3c;b&#x3e; &#xe9;&#x1f680;</t>",
        "<t a=\"&#x41e;&#x22;\">&#x41e;&#x41e;&#x41e;x&#x41e;</t>",
    })
    void anXmlReaderReadsTheSameText(String xml) throws Exception {
        assertThat(text(XmlText.withLetters(xml))).isEqualTo(text(xml));
    }

    private static String text(String xml) throws Exception {
        org.w3c.dom.Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml))).getDocumentElement();
        return root.getAttribute("a") + "|" + root.getTextContent();
    }
}
