/**
 * The test push service's TLS identity: a self-signed certificate for 127.0.0.1 and localhost, valid
 * for 100 years, made once with
 * `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500
 *  -subj "/CN=Patron test push service" -addext "subjectAltName=IP:127.0.0.1,DNS:localhost"
 *  -addext "basicConstraints=critical,CA:TRUE"`.
 * Push services are reached over https only (web-push has no http), so tests trust this certificate
 * as a deployment would trust its own CA (NODE_EXTRA_CA_CERTS): see `trustTestPushService`. It guards
 * nothing: the key is public on purpose.
 */
export const TEST_PUSH_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg29HlvcHCc6sGcBiR
Y5ddcVp8H/GryvGa7KlEKmclXeqhRANCAARz8AUcHa3lBM+JJHdw8Th+etHxhUWi
Fcamt3j8uEjhtBbj6Vbi0nBIUFdzILRq9cHygdO40jzqCcBDcCVxGrZR
-----END PRIVATE KEY-----
`;

export const TEST_PUSH_CERT = `-----BEGIN CERTIFICATE-----
MIIBuTCCAV+gAwIBAgIUakrKX/8n4nuF9Hd/P07fYryRaU4wCgYIKoZIzj0EAwIw
IzEhMB8GA1UEAwwYUGF0cm9uIHRlc3QgcHVzaCBzZXJ2aWNlMCAXDTI2MTIwNzA2
MTg1NFoYDzIxMjYxMTEzMDYxODU0WjAjMSEwHwYDVQQDDBhQYXRyb24gdGVzdCBw
dXNoIHNlcnZpY2UwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAARz8AUcHa3lBM+J
JHdw8Th+etHxhUWiFcamt3j8uEjhtBbj6Vbi0nBIUFdzILRq9cHygdO40jzqCcBD
cCVxGrZRo28wbTAdBgNVHQ4EFgQUc10o43bydKi5Du9GDFHRYp0Jb7wwHwYDVR0j
BBgwFoAUc10o43bydKi5Du9GDFHRYp0Jb7wwGgYDVR0RBBMwEYcEfwAAAYIJbG9j
YWxob3N0MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIgLNWtomxA
Pv9DPhUAJx5pJlEpcUTP4dudW6UPsMLne0ACIQCKMu8lc7fM2V+//gFm3bW/cHtr
0kbURWPSjpZm5/oGkQ==
-----END CERTIFICATE-----
`;
