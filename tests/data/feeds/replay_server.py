#!/usr/bin/env python3
"""Replay recorded websocket frames to feed clients; no Pegboard code involved.

Usage: replay_server.py [--drop-after K] [--lifetime S] FRAME_FILE...

Each FRAME_FILE holds one frame (its whole content, stripped); the literal name MALFORMED stands
for a broken frame. The first connection gets the frames in order; with --drop-after K it is
closed after K frames, like a restarting server, and the next connection gets the rest. Replies
to eth_subscribe requests as an Ethereum node does. Prints "PORT <n>" once listening and exits on
its own after --lifetime seconds so a failed test never leaves it running.
"""
import argparse
import asyncio
import json
import sys

import websockets

MALFORMED = '{"jsonrpc":"2.0","method":"eth_subscription","params":{"result":'


async def answer_subscriptions(ws):
    try:
        async for message in ws:
            try:
                request = json.loads(message)
            except ValueError:
                continue
            if request.get("method") == "eth_subscribe":
                reply = {"jsonrpc": "2.0", "id": request.get("id"), "result": "0x%032x" % request.get("id", 0)}
                await ws.send(json.dumps(reply))
    except websockets.ConnectionClosed:
        pass


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--drop-after", type=int, default=-1)
    parser.add_argument("--lifetime", type=float, default=60.0)
    parser.add_argument("frames", nargs="+")
    args = parser.parse_args()

    frames = []
    for name in args.frames:
        if name == "MALFORMED":
            frames.append(MALFORMED)
        else:
            with open(name, encoding="utf-8") as f:
                frames.append(f.read().strip())
    state = {"next": 0, "connections": 0}

    async def handler(ws, *_):
        state["connections"] += 1
        listener = asyncio.ensure_future(answer_subscriptions(ws))
        await asyncio.sleep(0.05)  # let the client's subscribe requests arrive first
        sent = 0
        while state["next"] < len(frames):
            if state["connections"] == 1 and sent == args.drop_after:
                await ws.close(code=1001, reason="restarting")
                return
            await ws.send(frames[state["next"]])
            state["next"] += 1
            sent += 1
        await listener

    async with websockets.serve(handler, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        print("PORT %d" % port, flush=True)
        await asyncio.sleep(args.lifetime)


if __name__ == "__main__":
    asyncio.run(main())
    sys.exit(0)
