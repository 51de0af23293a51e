#!/bin/sh
# Generates throw-away TLS material for the client's TLS tests into DIR
# (never committed): a test CA; server certificates signed by it for
# 127.0.0.1 ("good"), for another name ("wronghost") and already expired
# ("expired"); a self-signed certificate for 127.0.0.1 ("selfsigned"); and
# a client certificate signed by the CA ("client"). Keys are P-256.
set -eu
d=$1
mkdir -p "$d"
cd "$d"
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }
key ca.key
openssl req -x509 -new -key ca.key -subj "/CN=trialfhir test CA" -days 2 -out ca.pem \
	-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
cat > ca.cnf <<CNF
[ ca ]
default_ca = tca
[ tca ]
dir = .
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = any
copy_extensions = copy
unique_subject = no
[ any ]
commonName = supplied
CNF
: > index.txt
echo 1000 > serial
sign() { # name cn san start end
	key "$1.key"
	openssl req -new -key "$1.key" -subj "/CN=$2" -addext "subjectAltName=$3" -out "$1.csr" 2>/dev/null
	openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -in "$1.csr" -out "$1.pem" \
		-startdate "$4" -enddate "$5" -notext 2>/dev/null
}
now=$(date -u +%Y%m%d%H%M%SZ)
later=$(date -u -d '+2 days' +%Y%m%d%H%M%SZ)
sign good 127.0.0.1 "IP:127.0.0.1,DNS:localhost" "$now" "$later"
sign wronghost wrong.example "DNS:wrong.example" "$now" "$later"
sign expired 127.0.0.1 "IP:127.0.0.1,DNS:localhost" 20200101000000Z 20200102000000Z
sign client trialfhir-client "DNS:client.example" "$now" "$later"
key selfsigned.key
openssl req -x509 -new -key selfsigned.key -subj "/CN=127.0.0.1" -days 2 \
	-addext "subjectAltName=IP:127.0.0.1" -out selfsigned.pem 2>/dev/null
echo ok
