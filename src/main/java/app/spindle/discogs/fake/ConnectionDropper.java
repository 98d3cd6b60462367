package app.spindle.discogs.fake;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** Closes the client's socket without writing a byte, as a crashed proxy or reset connection would. */
final class ConnectionDropper {
    private ConnectionDropper() {}

    static void drop(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        request.getConnectionMetaData().getConnection().getEndPoint().close();
    }
}
