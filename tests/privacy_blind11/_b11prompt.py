"""stub"""
CATEGORIES = []
