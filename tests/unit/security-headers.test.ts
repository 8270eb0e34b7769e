import http from "node:http";
import { Socket } from "node:net";
import helmet, { type HelmetOptions } from "helmet";
import { helmetHeaders } from "../../src/server/security-headers";

describe("security headers computed once", () => {
  const options: HelmetOptions = { contentSecurityPolicy: false, crossOriginEmbedderPolicy: false, crossOriginResourcePolicy: { policy: "cross-origin" }, strictTransportSecurity: true };

  it("are exactly the headers helmet sets on a real response", () => {
    const request = new http.IncomingMessage(new Socket());
    const response = new http.ServerResponse(request);
    response.setHeader("X-Powered-By", "test");
    helmet(options)(request, response, () => undefined);
    expect(helmetHeaders(options)).toEqual(response.getHeaders());
    expect(helmetHeaders(options)["x-content-type-options"]).toBe("nosniff");
  });

  it("refuses a Content-Security-Policy, which may differ per request", () => {
    expect(() => helmetHeaders({ ...options, contentSecurityPolicy: true })).toThrow(/Content-Security-Policy/);
  });
});
