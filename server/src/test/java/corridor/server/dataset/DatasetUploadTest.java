package corridor.server.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.server.http.Json;
import corridor.server.testing.TestServer;
import corridor.server.testing.Uploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** PUT /api/dataset: a write that replaces the served dataset, refused without the token or with errors. */
class DatasetUploadTest {

    @TempDir
    Path dir;

    /** The built-in dataset's files without incidents (an optional file). */
    private static ObjectNode withoutIncidents(String name) {
        ObjectNode body = Json.object();
        body.put("name", name);
        ObjectNode files = body.putObject("files");
        for (String file : DatasetApi.FILES) {
            if (!file.equals("incidents.geojson")) {
                files.put(file, Uploads.builtIn(file));
            }
        }
        return body;
    }

    /** The built-in dataset's files with the first {@code from} in {@code file} replaced by {@code to}. */
    private static ObjectNode builtInWith(String file, String from, String to) {
        ObjectNode body = Json.object();
        body.put("name", "edited");
        ObjectNode files = body.putObject("files");
        for (String name : DatasetApi.FILES) {
            String text = Uploads.builtIn(name);
            if (name.equals(file)) {
                assertThat(text).as("%s holds %s", file, from).contains(from);
                text = text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
            }
            files.put(name, text);
        }
        return body;
    }

    private static TestServer.Reply put(TestServer api, Object body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + "/api/dataset"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(corridor.server.http.Json.write(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return api.send(request);
    }

    @Test
    void aValidDatasetReplacesTheServedOneAndTheStoresContent() {
        try (TestServer api = new TestServer(dir)) {
            assertThat(api.get("/api/incidents").json().get("features")).isNotEmpty();
            String before = api.store.loaded().orElseThrow().contentHash();

            TestServer.Reply reply = put(api, withoutIncidents("no-incidents"), TestServer.TOKEN);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("reloaded").asBoolean()).isTrue();
            assertThat(api.get("/api/incidents").json().get("features")).isEmpty();
            assertThat(api.get("/api/summary").json().get("name").asText()).isEqualTo("no-incidents");
            assertThat(api.store.loaded().orElseThrow().contentHash()).isNotEqualTo(before)
                    .isEqualTo(reply.json().get("content_hash").asText());
            assertThat(api.get("/api/route?from=Kashgar&to=Gwadar&date=2025-07-01").json().get("found").asBoolean())
                    .isTrue();
        }
    }

    @Test
    void writesNeedTheToken() {
        try (TestServer api = new TestServer(dir)) {
            // A body above 64 KiB without the token is refused unread and its connection closed; a small one gets the 401.
            ObjectNode small = Json.object();
            small.putObject("files").put("sources.csv", "id\n");
            assertThat(put(api, small, null).status()).isEqualTo(401);
            assertThat(put(api, small, "wrong-token-wrong-token").status()).isEqualTo(401);
            assertThat(api.get("/api/incidents").json().get("features")).isNotEmpty();
        }
    }

    @Test
    void aDatasetWithErrorsIsRefusedWithItsProblemsAndNothingChanges() {
        try (TestServer api = new TestServer(dir)) {
            ObjectNode body = withoutIncidents("broken");
            ObjectNode files = (ObjectNode) body.get("files");
            files.put("places.geojson", "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\","
                    + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [500, 30]}, \"properties\": {\"id\": \"x\"}}]}");

            TestServer.Reply reply = put(api, body, TestServer.TOKEN);

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("error").asText()).isEqualTo("invalid_dataset");
            assertThat(reply.json().get("message").asText()).contains("error");
            assertThat(reply.json().get("problems")).isNotEmpty();
            assertThat(reply.json().get("problems").get(0).get("file").asText()).isNotBlank();
            assertThat(api.get("/api/summary").json().get("name").asText()).isEqualTo("cpec");
            assertThat(api.get("/api/incidents").json().get("features")).isNotEmpty();
        }
    }

    /** An upload that reads but makes no sense, and the file, location and field its refusal must name. */
    private record BadUpload(String what, ObjectNode body, String where) {
    }

    @Test
    void semanticallyBadUploadsAreRefusedNamingTheFieldAndNothingChanges() {
        String trade2017 = "trade-gacc-2017,cpec,trade.total,CN-GACC,2017,20000000000,USD,";
        List<BadUpload> uploads = List.of(
                new BadUpload("a unit that is no unit of its measure", builtInWith("indicators.csv", trade2017,
                        trade2017.replace(",USD,", ",bananas,")),
                        "indicators.csv line 2, unit: unit 'bananas' does not fit measure 'trade.total'; expected USD"),
                new BadUpload("a negative trade total", builtInWith("indicators.csv", trade2017,
                        trade2017.replace(",20000000000,", ",-1000000000,")),
                        "indicators.csv line 2, value: negative value -1000000000 USD"),
                new BadUpload("an incident in the future", builtInWith("incidents.geojson", "\"date\": \"2016-05-30\"",
                        "\"date\": \"2999-01-01\""), "incidents.geojson feature 0, date: 2999-01-01 is later than"));
        try (TestServer api = new TestServer(dir)) {
            String before = api.store.loaded().orElseThrow().contentHash();
            TestServer.Reply indicators = api.get("/api/indicators");
            assertThat(indicators.status()).isEqualTo(200);
            String indicatorsBefore = indicators.body();
            for (BadUpload upload : uploads) {
                TestServer.Reply reply = put(api, upload.body(), TestServer.TOKEN);

                assertThat(reply.status()).as(upload.what()).isEqualTo(400);
                assertThat(reply.json().get("error").asText()).isEqualTo("invalid_dataset");
                assertThat(reply.json().get("message").asText()).as(upload.what())
                        .contains("the dataset has 1 error(s); the first: " + upload.where());
                assertThat(api.get("/api/summary").json().get("name").asText()).isEqualTo("cpec");
                assertThat(api.store.loaded().orElseThrow().contentHash()).isEqualTo(before);
                assertThat(api.get("/api/indicators").body()).isEqualTo(indicatorsBefore);
            }
        }
    }

    @Test
    void theRootCauseComesFirstAndTheListEndsWithHowManyMore() {
        try (TestServer api = new TestServer(dir)) {
            // a bad project status leaves the project out: its links and indicators then refer to nothing
            TestServer.Reply status = put(api, builtInWith("projects.geojson",
                    "\"id\": \"ml1-upgrade\", \"name\": \"ML-1 railway upgrade Peshawar-Karachi\", \"phase\": \"1\", "
                            + "\"sector\": \"transport\", \"status\": \"planned\"",
                    "\"id\": \"ml1-upgrade\", \"name\": \"ML-1 railway upgrade Peshawar-Karachi\", \"phase\": \"1\", "
                            + "\"sector\": \"transport\", \"status\": \"opened\""), TestServer.TOKEN);

            assertThat(status.status()).isEqualTo(400);
            assertThat(status.json().get("message").asText()).contains("of them following from records left out",
                    "the first: projects.geojson feature", ", status: unknown status 'opened'");
            var problems = status.json().get("problems");
            assertThat(problems.get(0).get("field").asText()).isEqualTo("status");
            assertThat(problems.get(0).has("cause")).isFalse();
            String cause = "projects.geojson " + problems.get(0).get("location").asText();
            assertThat(problems.get(1).get("cause").asText()).isEqualTo(cause);
            assertThat(problems.get(1).get("message").asText()).contains("'ml1-upgrade' is left out for its own errors");

            // a source left out for a bad publisher type: every record citing it follows, past the list's end
            TestServer.Reply source = put(api, builtInWith("sources.csv", "about 0.01 degree,reference",
                    "about 0.01 degree,encyclopaedia"), TestServer.TOKEN);

            assertThat(source.status()).isEqualTo(400);
            problems = source.json().get("problems");
            assertThat(problems).hasSize(DatasetApi.PROBLEMS_SHOWN);
            assertThat(problems.get(0).get("field").asText()).isEqualTo("publisher_type");
            assertThat(problems.get(1).get("cause").asText()).isEqualTo("sources.csv " + problems.get(0).get("location")
                    .asText());
            int more = source.json().get("more").asInt();
            assertThat(more).isPositive();
            assertThat(source.json().get("message").asText()).contains("the first: sources.csv line",
                    "the list shows the first " + DatasetApi.PROBLEMS_SHOWN + " problems, and " + more + " more");
            assertThat(api.get("/api/summary").json().get("name").asText()).isEqualTo("cpec");
        }
    }

    @Test
    void fileNamesComeFromTheDatasetFormatNeverFromTheRequest() {
        try (TestServer api = new TestServer(dir)) {
            ObjectNode body = withoutIncidents("sneaky");
            ((ObjectNode) body.get("files")).put("../../etc/cron.d/x", "* * * * * root true");

            TestServer.Reply reply = put(api, body, TestServer.TOKEN);

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("parameter").asText()).isEqualTo("files.../../etc/cron.d/x");
            assertThat(reply.json().get("message").asText()).contains("not a dataset file", "sources.csv");

            ObjectNode badName = withoutIncidents("Bad Name!");
            assertThat(put(api, badName, TestServer.TOKEN).json().get("parameter").asText()).isEqualTo("name");
            assertThat(put(api, Json.object(), TestServer.TOKEN).json().get("parameter").asText()).isEqualTo("files");
            TestServer.Reply notJson = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/dataset"))
                    .header("Authorization", "Bearer " + TestServer.TOKEN)
                    .PUT(HttpRequest.BodyPublishers.ofString("sources.csv=...")));
            assertThat(notJson.status()).isEqualTo(400);
            assertThat(notJson.json().get("message").asText()).contains("not valid JSON");
        }
    }
}
