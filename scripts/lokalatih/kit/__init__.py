"""The facilitator kit (`dist/kit/`): test forms, keys and exports. Nothing here ever goes to the public site."""
