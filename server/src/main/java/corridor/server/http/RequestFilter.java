package corridor.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks every request before the server looks at it:
 * <ul>
 *   <li>its {@code Host} header must name this server (the bound address, {@code localhost} when bound
 *       to the loopback, or a name the operator allowed): a page on another site cannot make a browser
 *       talk to this server under that site's name (DNS rebinding). Others get 421 in JSON.</li>
 *   <li>{@code X-HTTP-Method-Override} is hidden: a request is what its method says, nothing else.</li>
 * </ul>
 * Thread-safe (immutable).
 */
public final class RequestFilter implements Filter {

    private static final String OVERRIDE = "X-HTTP-Method-Override";

    private final Set<String> hosts;
    private final boolean anyAddress;

    /**
     * @param boundHost the address the server listens on
     * @param hostNames the extra names allowed (lower case), never null
     */
    public RequestFilter(String boundHost, List<String> hostNames) {
        Set<String> names = new TreeSet<>(hostNames);
        String bound = boundHost.toLowerCase(Locale.ROOT);
        names.add(bound);
        if (bound.equals("127.0.0.1") || bound.equals("localhost") || bound.equals("::1") || bound.equals("[::1]")) {
            names.add("localhost");
            names.add("127.0.0.1");
        }
        this.anyAddress = bound.equals("0.0.0.0") || bound.equals("::") || bound.equals("[::]");
        this.hosts = Set.copyOf(names);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String host = http.getHeader("Host");
        if (host != null && !allowed(host)) {
            HttpServletResponse answer = (HttpServletResponse) response;
            answer.setStatus(421);
            answer.setContentType(JsonErrorHandler.JSON_UTF8);
            byte[] body = ErrorResponses.body("misdirected_request", "this server does not answer to the host name in "
                    + "the Host header; use its address, or start it with --allow-host NAME to accept that name")
                    .toString().getBytes(StandardCharsets.UTF_8);
            answer.setContentLength(body.length);
            answer.getOutputStream().write(body);
            return;
        }
        chain.doFilter(http.getHeader(OVERRIDE) == null ? request : new WithoutOverride(http), response);
    }

    /** Whether {@code hostHeader} ({@code name} or {@code name:port}) names this server. */
    boolean allowed(String hostHeader) {
        String name = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            name = end < 0 ? name : name.substring(0, end + 1);
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        if (hosts.contains(name)) {
            return true;
        }
        // Bound to every interface: any address literal reaches it directly (a rebinding attack needs a name).
        return anyAddress && (name.matches("[0-9.]+") || name.startsWith("["));
    }

    /** The request without the method-override header. */
    private static final class WithoutOverride extends HttpServletRequestWrapper {
        WithoutOverride(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return OVERRIDE.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return OVERRIDE.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !OVERRIDE.equalsIgnoreCase(n)).toList());
        }
    }
}
