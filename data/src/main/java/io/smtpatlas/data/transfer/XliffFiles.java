package io.smtpatlas.data.transfer;

import io.smtpatlas.core.locale.SiteLocale;
import io.smtpatlas.data.translation.TextField;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XLIFF 2.0: one unit per text ({@code id="550-title"}), a segment with source and target, the segment state that
 * translation tools understand, and the site's own state and revision in the metadata module.
 */
final class XliffFiles {

    static final String XLIFF = "urn:oasis:names:tc:xliff:document:2.0";
    static final String MDA = "urn:oasis:names:tc:xliff:metadata:2.0";
    private static final String GROUP = "smtp-atlas";

    private XliffFiles() {}

    static String write(SiteLocale language, List<TransferRow> rows) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(XLIFF);
            xml.writeNamespace("mda", MDA);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", SiteLocale.SOURCE.tag());
            xml.writeAttribute("trgLang", language.tag());
            xml.writeCharacters("\n");
            xml.writeStartElement("file");
            xml.writeAttribute("id", "smtp-atlas-" + language.tag());
            xml.writeCharacters("\n");
            for (TransferRow row : rows) {
                unit(xml, row);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XLIFF", e);
        }
        return out.toString();
    }

    private static void unit(XMLStreamWriter xml, TransferRow row) throws XMLStreamException {
        xml.writeStartElement("unit");
        xml.writeAttribute("id", row.code() + "-" + row.field().key());
        xml.writeStartElement(MDA, "metadata");
        xml.writeStartElement(MDA, "metaGroup");
        xml.writeAttribute("category", GROUP);
        meta(xml, "state", row.state());
        meta(xml, "revision", Integer.toString(row.revision()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("segment");
        xml.writeAttribute("state", segmentState(row.state()));
        xml.writeStartElement("source");
        xml.writeCharacters(row.source());
        xml.writeEndElement();
        if (!row.target().isEmpty()) {
            xml.writeStartElement("target");
            xml.writeCharacters(row.target());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void meta(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        xml.writeStartElement(MDA, "meta");
        xml.writeAttribute("type", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** XLIFF's own states: nothing yet, translated, reviewed (waiting for approval here), final (approved). */
    private static String segmentState(String state) {
        return switch (state) {
            case "missing" -> "initial";
            case "in-review" -> "reviewed";
            case "approved" -> "final";
            default -> "translated";
        };
    }

    static TransferFile read(String content) {
        List<TransferRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Document document;
        try {
            document = parser().parse(new InputSource(new StringReader(content)));
        } catch (SAXParseException e) {
            problems.add(new ImportProblem(ImportProblem.Kind.MALFORMED, e.getLineNumber(), e.getMessage()));
            return new TransferFile(TransferFormat.XLIFF, null, rows, problems);
        } catch (SAXException | IOException e) {
            problems.add(ImportProblem.of(ImportProblem.Kind.MALFORMED, e.getMessage()));
            return new TransferFile(TransferFormat.XLIFF, null, rows, problems);
        }
        Element root = document.getDocumentElement();
        if (!XLIFF.equals(root.getNamespaceURI())
                || !"xliff".equals(root.getLocalName())
                || !"2.0".equals(root.getAttribute("version"))) {
            problems.add(
                    ImportProblem.of(ImportProblem.Kind.MALFORMED, "the root element must be an XLIFF 2.0 <xliff>"));
            return new TransferFile(TransferFormat.XLIFF, null, rows, problems);
        }
        SiteLocale language = CsvFiles.languageOf(root.getAttribute("trgLang"), problems);
        NodeList units = root.getElementsByTagNameNS(XLIFF, "unit");
        for (int i = 0; i < units.getLength(); i++) {
            TransferRow row = row((Element) units.item(i), problems);
            if (row != null) {
                rows.add(row);
            }
        }
        return new TransferFile(TransferFormat.XLIFF, language, rows, problems);
    }

    private static TransferRow row(Element unit, List<ImportProblem> problems) {
        String id = unit.getAttribute("id");
        int dash = id.lastIndexOf('-');
        if (dash < 1) {
            problems.add(ImportProblem.of(ImportProblem.Kind.MALFORMED, "unit id " + id));
            return null;
        }
        TextField field;
        try {
            field = TextField.fromKey(id.substring(dash + 1));
        } catch (IllegalArgumentException e) {
            problems.add(ImportProblem.of(ImportProblem.Kind.UNKNOWN_FIELD, id));
            return null;
        }
        String state = "";
        int revision = 0;
        NodeList metas = unit.getElementsByTagNameNS(MDA, "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if ("state".equals(meta.getAttribute("type"))) {
                state = meta.getTextContent().strip();
            } else if ("revision".equals(meta.getAttribute("type"))) {
                try {
                    revision = Integer.parseInt(meta.getTextContent().strip());
                } catch (NumberFormatException e) {
                    problems.add(ImportProblem.of(ImportProblem.Kind.MALFORMED, "revision of " + id));
                    return null;
                }
            }
        }
        return new TransferRow(
                id.substring(0, dash), field, state, revision, text(unit, "source"), text(unit, "target"));
    }

    private static String text(Element unit, String name) {
        NodeList nodes = unit.getElementsByTagNameNS(XLIFF, name);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            text.append(nodes.item(i).getTextContent());
        }
        return text.toString();
    }

    /** No DTD, no external entities: an uploaded file cannot make the server read files or the network. */
    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
