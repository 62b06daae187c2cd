package corridor.api.gpx;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;

/** The GPX 1.1 XML schema (src/test/resources/gpx/gpx.xsd, TopoGrafix's) as a validator, for tests. */
public final class GpxSchema {

    private final Schema schema;

    /** @param xsd the schema file */
    public GpxSchema(Path xsd) throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schema = factory.newSchema(xsd.toFile());
    }

    /** @throws SAXException naming the line and what is wrong when {@code gpx} is not valid GPX 1.1 */
    public void validate(String gpx) throws SAXException, IOException {
        Validator validator = schema.newValidator();
        validator.validate(new StreamSource(new StringReader(gpx)));
    }
}
