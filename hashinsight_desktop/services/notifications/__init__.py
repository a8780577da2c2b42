"""Alert notifications: channels and rules (settings), digests of raised alerts, delivery with retries."""
