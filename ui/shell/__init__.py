"""The frame around the pages: navigation, menus, status bar, remembered preferences."""
