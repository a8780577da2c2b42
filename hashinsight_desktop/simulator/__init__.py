"""The fleet simulator: emulated miners speaking the CGMiner API on loopback addresses.

Each miner belongs to a firmware family and takes control commands the way that firmware does:
"generic" (the default) obeys the simulator's historical all-in-one commands; "antminer" (stock
Bitmain: web CGI with digest auth on port 80, ``antminer_web``), "whatsminer" (btminer token and
AES-encrypted privileged API, ``btminer_api``), "luxos" (sessions, profiles, ``luxos_api``),
"braiins" (BOS+ gRPC on 50051, ``braiins_grpc``), "avalon" (``ascset``, ``rpc``) and "vnish"
(web API with an unlock token, ``vnish_web``) speak their real protocols, which pyasic's clients drive.

A tool beside the layers: it may use services (the model catalogue), never workers or ui.
"""
